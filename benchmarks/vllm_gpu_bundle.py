"""An offline bundle of vLLM for a GPU host that has CUDA torch but no vLLM and no package index.

    python benchmarks/vllm_gpu_bundle.py --host-packages FILE [--vllm 0.26.0] [--python 3.12]
        [--shapes 7b,32b] [--part-mib 50] [--out DIR]

For measuring vLLM behind Stockade (benchmarks/vllm_gpu.py) on a machine whose image already holds
torch, triton and the CUDA libraries, such as a lent benchmark GPU host with a size limit on what can
be copied to it per transfer. Production GPU hosts use Dockerfile.gpu instead, which installs vLLM
with every dependency.

With --shapes, the bundle also holds Hugging Face folders of published Qwen2.5 shapes (config.json
and the tokenizer of the verified Qwen2.5-Coder-0.5B conversion, which `make vllm` writes to the model
cache) for `benchmarks/vllm_gpu.py --dummy-weights`, under `gpumodels/`.

The vLLM version must be the one built against the host's torch (vLLM 0.26.0: torch 2.11.0 and
CUDA 13). FILE lists the distributions the host has, by name (separated by commas, spaces or
newlines, as `pip list` or an image's manifest prints them): those are not bundled. The bundle is
one folder to put first on PYTHONPATH (`gpusite/`) plus the Stockade gateway's own packages, packed
with xz and split into parts of at most --part-mib MiB:

    cat site.part.* | xz -d | tar -x -C /tmp    # then PYTHONPATH=/tmp/gpusite

Left out, to keep the bundle small (about 115 MB): FlashAttention 2 kernels (Hopper uses
FlashAttention 3), the MoE kernels (dense models only), Blackwell-only attention sources and the Rust
front end. FlashInfer is left out too, so the catalog entry must set VLLM_USE_FLASHINFER_SAMPLER=0
in its `vllm.env` (benchmarks/vllm_gpu.py: `--vllm-env VLLM_USE_FLASHINFER_SAMPLER=0`): vLLM 0.26.0
imports FlashInfer for its sampler unless told not to (seen on an H200, docs/deploy.md).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GLIBCS = (35, 34, 31, 28, 27, 26, 24, 17, 5)
PLATFORMS = [f"manylinux_2_{n}_x86_64" for n in GLIBCS] + ["manylinux2014_x86_64", "manylinux1_x86_64", "any"]
# vLLM's requirements that load only for features a dense text model on one GPU never uses, or that
# the host's torch image brings.
NOT_BUNDLED = re.compile(
    r"^(torch|torchaudio|torchvision|torchcodec|PyNvVideoCodec|tilelang|humming-kernels|quack-kernels|"
    r"tokenspeed-mla|nvidia-.*|fastsafetensors|numba|flashinfer-.*|fastapi-cloud-cli|"
    r"fastapi-cli|sentry-sdk|rignore|agent-detector|detect-installer|rich-toolkit|truststore|tomlkit)$",
    re.IGNORECASE,
)
# The gateway's packages that neither vLLM nor a torch image brings (requirements.lock's versions).
GATEWAY_EXTRA = (
    "alembic", "Mako", "SQLAlchemy", "greenlet", "redis", "faiss-cpu", "bm25s", "PyStemmer",
    "python-frontmatter", "semver", "tenacity", "orjson",
)  # fmt: skip
# Published shapes of Qwen2.5 Instruct models (their config.json files); the tokenizer is shared.
QWEN_SHAPES = {
    "7b": {"hidden_size": 3584, "intermediate_size": 18944, "num_hidden_layers": 28,
           "num_attention_heads": 28, "num_key_value_heads": 4, "vocab_size": 152064, "rms_norm_eps": 1e-6},
    "32b": {"hidden_size": 5120, "intermediate_size": 27648, "num_hidden_layers": 64,
            "num_attention_heads": 40, "num_key_value_heads": 8, "vocab_size": 152064, "rms_norm_eps": 1e-5},
}  # fmt: skip
QWEN_TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "chat_template.jinja",
    "generation_config.json",
)
STRIPPED = (
    "vllm/vllm_flash_attn/_vllm_fa2_C.abi3.so",
    "vllm/_moe_C_stable_libtorch.abi3.so",
    "vllm/vllm-rs",
    "vllm/third_party/fmha_sm100",
    "vllm/third_party/deep_gemm/include",
)


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True)


def _target(python: str) -> list[str]:
    tags = [f"--platform={p}" for p in PLATFORMS]
    return [f"--python-version={python}", "--implementation=cp", "--only-binary=:all:", *tags]


def _pins(requirements: list[str], python: str, scratch: Path) -> list[str]:
    """name==version for every package these requirements need on that Python (pip resolves)."""
    listed = scratch / "requirements.txt"
    listed.write_text("\n".join(requirements) + "\n")
    report = scratch / "report.json"
    _pip(
        "install", "--quiet", "--dry-run", "--ignore-installed", "--report", str(report),
        "--target", str(scratch / "unused"), *_target(python), "-r", str(listed),
    )  # fmt: skip
    found = json.loads(report.read_text())["install"]
    return [f"{item['metadata']['name']}=={item['metadata']['version']}" for item in found]


def _lock_versions(names: tuple[str, ...]) -> list[str]:
    locked = {
        _normal(_name(line)): line.split(";")[0].strip()
        for line in (REPO / "requirements.lock").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    return [locked.get(_normal(name), name) for name in names]


def shape_folders(sizes: list[str], out: Path) -> None:
    """qwen2.5-<size>-shape folders: the 0.5B conversion's config with another model's shape."""
    sys.path.insert(0, str(REPO))
    from inference.weights import default_cache_dir

    source = default_cache_dir() / "qwen2.5-coder-0.5b-instruct-vllm-hf"
    base = json.loads((source / "config.json").read_text())
    base.pop("_model_name_or_path", None)
    for size in sizes:
        shape = QWEN_SHAPES[size]
        folder = out / f"qwen2.5-{size}-shape"
        folder.mkdir(parents=True, exist_ok=True)
        config = base | shape | {"max_window_layers": shape["num_hidden_layers"]}
        config["layer_types"] = ["full_attention"] * int(shape["num_hidden_layers"])
        (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")
        for name in QWEN_TOKENIZER_FILES:
            shutil.copy(source / name, folder / name)


def build(args: argparse.Namespace) -> list[Path]:
    host = {_normal(n) for n in re.split(r"[\s,]+", args.host_packages.read_text()) if n}
    with tempfile.TemporaryDirectory(prefix="vllm-bundle-") as scratch_name:
        scratch = Path(scratch_name)
        wheels = scratch / "wheels"
        _pip(
            "download", "--quiet", "--no-deps", *_target(args.python), "-d", str(wheels), f"vllm=={args.vllm}"
        )
        vllm_wheel = next(wheels.glob("vllm-*.whl"))
        metadata = subprocess.run(
            ["unzip", "-p", str(vllm_wheel), "*/METADATA"], capture_output=True, text=True, check=True
        ).stdout
        requirements = [
            line.removeprefix("Requires-Dist: ")
            for line in metadata.splitlines()
            if line.startswith("Requires-Dist: ") and "extra ==" not in line
        ]
        wanted = [r for r in requirements if not NOT_BUNDLED.match(_name(r))] + ["gguf"]
        pins = _pins(wanted, args.python, scratch)
        pins += _lock_versions(GATEWAY_EXTRA)
        missing = [p for p in pins if _normal(_name(p)) not in host and not NOT_BUNDLED.match(_name(p))]
        _pip("download", "--quiet", "--no-deps", *_target(args.python), "-d", str(wheels), *missing)
        site = scratch / "gpusite"
        _pip("install", "--quiet", "--no-deps", "--no-compile", "--no-index", "--target", str(site),
             *_target(args.python), *(str(w) for w in sorted(wheels.glob("*.whl"))))  # fmt: skip
        for relative in STRIPPED:
            path = site / relative
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        shapes = [s for s in args.shapes.split(",") if s]
        if shapes:
            shape_folders(shapes, scratch / "gpumodels")
        args.out.mkdir(parents=True, exist_ok=True)
        packed = args.out / "site.tar.xz"
        packing = ["tar", "-cf", "-", "-C", str(scratch), "gpusite"] + (["gpumodels"] if shapes else [])
        with packed.open("wb") as handle:
            tar = subprocess.Popen(packing, stdout=subprocess.PIPE)
            subprocess.run(["xz", "-9", "-T0"], stdin=tar.stdout, stdout=handle, check=True)
            tar.wait()
    subprocess.run(
        ["split", "-b", f"{args.part_mib}M", "-d", "-a", "2", str(packed), str(args.out / "site.part.")],
        check=True,
    )
    packed.unlink()
    parts = sorted(args.out.glob("site.part.*"))
    print(f"{len(missing)} packages besides vLLM {args.vllm}; parts: {', '.join(p.name for p in parts)}")
    return parts


def main(argv: list[str] | None = None) -> list[Path]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host-packages", type=Path, required=True, help="what the host already has")
    parser.add_argument("--vllm", default="0.26.0")
    parser.add_argument("--python", default="3.12", help="the host's Python version")
    parser.add_argument("--shapes", default="", help=f"Qwen2.5 shapes to add: {', '.join(QWEN_SHAPES)}")
    parser.add_argument("--part-mib", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path("vllm-gpu-bundle"))
    return build(parser.parse_args(argv))


if __name__ == "__main__":
    main()
