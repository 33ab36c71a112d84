"""The bench and eval harnesses: clients of the gateway and its engines, outside `inference/`.

`harness.bench` measures TTFT, tokens/s and gateway overhead against any OpenAI-compatible endpoint
(`stockade bench`, benchmarks/); `harness.evals` compares prompt versions on eval suites
(`stockade eval`, `make eval-ci`).
"""
