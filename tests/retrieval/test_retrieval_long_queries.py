"""Conversation-length queries: answered, not refused; the dense embedder reads their question, BM25 all.

Real MiniLM (a 256-token window), real collections, real BM25: nothing is mocked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_retrieval
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from retrieval import InvalidQueryError, Retrieval, SentenceTransformerEmbedder
from retrieval.query_focus import focus_query

# Background on topics the collection also covers (bread, Jupiter), so that the beginning of the query,
# which is all the embedder would read, points at the wrong documents.
BACKGROUND = [
    "Last weekend I finally tried baking bread at home. My neighbour gave me a jar of her sourdough "
    "starter, a bubbly mixture of flour and water that she has kept alive for years. I fed it every "
    "morning, watched it rise on the kitchen counter, and on Saturday I preheated the oven as hot as it "
    "would go. The first loaf came out flat and pale, the second one had a much better crust.",
    "On Sunday evening the sky was clear, so my daughter and I set up the small telescope in the garden. "
    "We found Jupiter low in the east, bright and steady, and with a little patience we could see four "
    "tiny points of light beside it, its largest moons. She wanted to know whether anything could live "
    "under the ice of those moons and whether the giant storm on the planet was still raging.",
    "At work the week was busy as well. Our team moved to a new floor, the coffee machine broke twice, "
    "and the quarterly planning meeting ran two hours over because nobody could agree on the roadmap "
    "for the warehouse scanners. I spent most of Thursday reconciling spreadsheets for the budget.",
]
QUESTION = "How many unused vacation days can I carry over into next year, and until when?"
VACATION = "Unused vacation days can be carried over until the end of March"

TURKISH_DOCS = {
    "izin.md": "# Personel El Kitabı\n\n## Yıllık izin\n\nTam zamanlı her çalışan takvim yılı başına yirmi "
    "beş gün ücretli yıllık izin hakkına sahiptir. Kullanılmayan izin günleri bir sonraki yılın mart ayı "
    "sonuna kadar devredilebilir. İzin talepleri en az iki hafta önceden yöneticiye iletilmelidir.\n",
    "ekmek.md": "# Ekşi Mayalı Ekmek\n\nEkşi maya, yabani maya ve laktik asit bakterileri içeren, un ve "
    "sudan oluşan fermente bir karışımdır. Mayayı her gün eşit ağırlıkta un ve su ile besleyin. Fırını "
    "içinde döküm tencere ile 250 dereceye ısıtın ve ekmeği önce kapağı kapalı yirmi dakika pişirin.\n",
    "jupiter.md": "# Jüpiter\n\nJüpiter güneş sisteminin en büyük gezegenidir. Büyük Kırmızı Leke, "
    "Dünya'dan büyük ve yüzyıllardır süren bir fırtınadır. Europa'nın buzlu kabuğunun altında sıvı bir "
    "okyanus olabilir.\n",
}
TURKISH_BACKGROUND = [
    "Geçen hafta sonu evde ilk kez ekmek yapmayı denedim. Komşum bana yıllardır beslediği ekşi "
    "mayasından bir kavanoz verdi. Mayayı her sabah un ve su ile besledim, tezgahın üstünde kabarmasını "
    "izledim ve cumartesi günü fırını olabildiğince ısıttım. İlk somun yassı ve soluk çıktı.",
    "Pazar akşamı gökyüzü açıktı, kızımla birlikte bahçeye küçük teleskobu kurduk. Doğu ufkunun üstünde "
    "parlak Jüpiter'i bulduk ve yanında dizilmiş dört küçük ışık noktası gördük. Kızım o uyduların "
    "buzlarının altında bir şey yaşayıp yaşayamayacağını ve dev fırtınanın sürüp sürmediğini merak etti.",
    "İş yerinde de hafta yoğun geçti. Ekibimiz yeni bir kata taşındı, kahve makinesi iki kez bozuldu ve "
    "planlama toplantısı depo tarayıcılarının yol haritası üzerinde kimse anlaşamadığı için uzadı.",
]
TURKISH_QUESTION = (
    "Asıl sorum şu: kullanmadığım yıllık izin günlerini bir sonraki yıla devredebilir miyim, ne zamana kadar?"
)


def conversation(paragraphs: list[str], question: str, chars: int = 7000) -> str:
    """About `chars` characters of background paragraphs, then the question as the last paragraph."""
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < chars:
        parts.append(paragraphs[len(parts) % len(paragraphs)])
    return "\n\n".join([*parts, question])


def what_the_embedder_reads(embedder: SentenceTransformerEmbedder, text: str) -> str:
    """The start of `text` that fits the window: all the embedder saw of a long query before focusing."""
    tokenizer = embedder.model.tokenizer
    ids = tokenizer(text, add_special_tokens=False)["input_ids"][: embedder.max_tokens - 2]
    return str(tokenizer.decode(ids))


def test_conversation_length_query_is_answered_from_its_final_question(
    shared_retrieval: Retrieval, embedder: SentenceTransformerEmbedder
) -> None:
    query = conversation(BACKGROUND, QUESTION)
    assert len(query) >= 7000 and embedder.count_tokens(query) > 4 * embedder.max_tokens

    result = shared_retrieval.search("handbook", query, "acme")

    assert result.query == query
    assert result.dense_query == QUESTION
    top = result.hits[0]
    assert Path(top.source).name == "handbook.md" and VACATION in top.matched_text
    assert top.scores.dense_rank == 1 and top.scores.bm25_rank == 1
    # Before, the embedder read the opening paragraphs only, about bread and Jupiter.
    before = shared_retrieval.rank_children(
        "handbook", what_the_embedder_reads(embedder, query), "acme", "dense"
    )
    assert all(VACATION not in child.text for child in before[:3])
    now = shared_retrieval.rank_children("handbook", query, "acme", "dense")
    assert VACATION in now[0].text


def test_the_search_span_says_the_query_was_focused(
    shared_retrieval: Retrieval, span_exporter: InMemorySpanExporter
) -> None:
    query = conversation(BACKGROUND, QUESTION)
    span_exporter.clear()
    result = shared_retrieval.search("handbook", query, "acme")
    shared_retrieval.search("handbook", QUESTION, "acme")
    spans = span_exporter.get_finished_spans()
    focused, short = [s for s in spans if s.name == "rag.embed_query"]
    bm25 = next(s for s in spans if s.name == "rag.bm25_search")
    assert bm25.attributes is not None and bm25.attributes["rag.query_chars"] == len(QUESTION)
    assert focused.attributes is not None and short.attributes is not None
    assert focused.attributes["rag.query_focused"] is True
    assert focused.attributes["rag.query_chars"] == len(query)
    assert focused.attributes["rag.dense_query_chars"] == len(result.dense_query or "")
    assert short.attributes["rag.query_focused"] is False
    assert short.attributes["rag.dense_query_chars"] == short.attributes["rag.query_chars"] == len(QUESTION)


@pytest.mark.parametrize(
    "query",
    [
        QUESTION,
        "sourdough starter",
        # Long, but inside MiniLM's 254-token window: still read whole, exactly as typed.
        " ".join(BACKGROUND[:2]) + "  " + QUESTION + "\n",
    ],
)
def test_a_query_that_fits_the_window_is_embedded_unchanged(
    shared_retrieval: Retrieval, embedder: SentenceTransformerEmbedder, query: str
) -> None:
    assert embedder.count_tokens(query) <= embedder.max_tokens - 2
    assert focus_query(query, embedder).text == query
    result = shared_retrieval.search("handbook", query, "acme")
    assert result.dense_query is None
    # The dense scores are those of the query's own embedding.
    top = result.hits[0]
    vectors = embedder.embed([query, top.matched_text])
    assert top.scores.dense is not None
    assert abs(top.scores.dense - float(vectors[0] @ vectors[1])) < 0.05  # the indexed text has a header


def test_the_question_is_found_without_blank_lines_or_a_question_mark(
    embedder: SentenceTransformerEmbedder,
) -> None:
    statement = "Please list the rules for carrying over unused vacation days."
    focused = focus_query(" ".join(BACKGROUND * 6) + " " + statement, embedder)
    assert focused.focused and focused.text.endswith(statement)
    assert "telescope" not in focused.text and "sourdough" not in focused.text
    # One run-on sentence longer than the window: its end, where the question is, cut at a word.
    run_on = " ".join(BACKGROUND).replace(".", ",") * 4 + " so what about my vacation days"
    focused = focus_query(run_on, embedder)
    assert focused.text.endswith("so what about my vacation days")
    assert embedder.count_tokens(focused.text) <= embedder.max_tokens - 2
    # A question far back is background (a pasted FAQ), not what is asked now.
    faq = "Do you ship to Canada? Yes, we do. " + " ".join(BACKGROUND * 6) + "\n\nE-17 error on the X200"
    assert focus_query(faq, embedder).text == "E-17 error on the X200"
    # A run of questions is kept together, and the closing line follows them.
    asks = "Can I carry vacation days over? Until when? Thanks a lot."
    focused = focus_query(" ".join(BACKGROUND * 6) + " " + asks, embedder)
    assert focused.text == asks


def test_key_terms_and_whole_text_bm25_are_settings(
    shared_retrieval: Retrieval, embedder: SentenceTransformerEmbedder, span_exporter: InMemorySpanExporter
) -> None:
    settings = shared_retrieval.settings.model_copy(
        update={"long_query_key_terms": 4, "long_query_bm25": "whole"}
    )
    retrieval = Retrieval(settings, embedder=embedder)
    query = conversation(BACKGROUND, QUESTION)
    span_exporter.clear()
    result = retrieval.search("handbook", query, "acme")
    assert result.dense_query is not None
    question, terms = result.dense_query.split("\n")
    assert question == QUESTION and 1 <= len(terms.split()) <= 4
    # Key terms come from the whole text, rank by the collection's BM25 weights, repeat nothing asked.
    assert all(t in query.lower() and t not in QUESTION.lower().split() for t in terms.split())
    assert embedder.count_tokens(result.dense_query) <= embedder.max_tokens - 2
    (bm25,) = [s for s in span_exporter.get_finished_spans() if s.name == "rag.bm25_search"]
    assert bm25.attributes is not None and bm25.attributes["rag.query_chars"] == len(query)
    assert result.hits  # answered; how well is in docs/retrieval.md (whole-text BM25 ranks worse)


def test_a_turkish_conversation_length_query(tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    retrieval = make_retrieval(tmp_path, embedder, bm25_stemmer_language=None, bm25_stopwords=None)
    retrieval.create_collection("turkce", "acme")
    for name, text in TURKISH_DOCS.items():
        retrieval.ingest_bytes(name, text.encode(), "turkce", "acme")
    query = conversation(TURKISH_BACKGROUND, TURKISH_QUESTION)
    assert len(query) >= 7000

    result = retrieval.search("turkce", query, "acme")

    assert result.dense_query == TURKISH_QUESTION
    (izin,) = [h for h in result.hits if Path(h.source).name == "izin.md"]
    assert izin.scores.dense_rank == 1 and izin.rank <= 2


def test_the_hard_cap_still_refuses_with_a_clear_message(
    shared_retrieval: Retrieval, embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    assert shared_retrieval.settings.max_query_chars == 100_000
    at_cap = conversation(BACKGROUND, QUESTION, chars=100_000 - len(QUESTION) - 400)
    assert len(at_cap) <= 100_000
    assert shared_retrieval.search("handbook", at_cap, "acme").hits
    with pytest.raises(InvalidQueryError, match=r"query is 100001 characters long; .* at most 100000"):
        shared_retrieval.search("handbook", "x" * 100_001, "acme")
    small = make_retrieval(tmp_path, embedder, max_query_chars=50)
    with pytest.raises(InvalidQueryError, match="at most 50"):
        small.search("anything", "y" * 51, "acme")


def test_a_long_query_is_reranked_too(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, tiny_reranker_dir: Path, corpus_dir: Path
) -> None:
    # The cross-encoder is random (it exercises the path, not its quality); it reads the focused query.
    retrieval = make_retrieval(tmp_path, embedder, reranker_path=tiny_reranker_dir, rerank_candidates=6)
    retrieval.ingest([corpus_dir], "handbook", "acme")
    result = retrieval.search("handbook", conversation(BACKGROUND, QUESTION), "acme")
    assert result.order == "cross-encoder rerank" and result.dense_query is not None
    assert sum(h.scores.rerank is not None for h in result.hits) >= 1
