"""Build the one-folder bundle with PyInstaller, and optionally smoke-test it.

    pip install -e ".[packaging]"                      # PyInstaller, into the build venv
    python packaging/build_bundle.py                   # -> dist/mclip-desktop/
    python packaging/build_bundle.py --smoke MODELS    # then run it on generated photos

MODELS is a folder with ``tiny-image`` and ``tiny-text`` (tests/models) or full model folders.
The bundle holds CPU torch and no model weights; see docs/packaging.md.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "mclip-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def check_environment() -> None:
    """Refuse to bundle a CUDA torch: gigabytes of GPU libraries nobody asked for."""
    import torch

    cuda_dists = sorted(
        d.metadata["Name"]
        for d in importlib.metadata.distributions()
        if (d.metadata["Name"] or "").lower().startswith(("nvidia-", "triton"))
    )
    if torch.version.cuda or cuda_dists:
        raise SystemExit(
            f"This environment has a CUDA build of torch ({torch.__version__}; "
            f"{', '.join(cuda_dists) or 'CUDA runtime'}). Bundle from a venv with the CPU build: "
            "pip install torch --index-url https://download.pytorch.org/whl/cpu"
        )
    try:
        importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        raise SystemExit('PyInstaller is missing: pip install -e ".[packaging]"') from None


def build() -> Path:
    check_environment()
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    bundle = DIST / "mclip-desktop"
    cuda = cuda_libraries(bundle)
    if cuda:
        raise SystemExit(f"CUDA libraries ended up in the bundle: {cuda}; extend CUDA_LIBRARIES.")
    print(f"Built {bundle} in {time.monotonic() - started:.0f} s: {size_mb(bundle):.0f} MB")
    return bundle


CUDA_PREFIXES = ("cuda", "cublas", "cudnn", "cufft", "curand", "cusparse", "cusolver", "nccl",
                 "nvrtc", "nvjitlink", "nvidia", "nvcuda")  # fmt: skip


def cuda_libraries(bundle: Path) -> list[str]:
    """GPU libraries in the bundle (there should be none)."""
    found = []
    for path in bundle.rglob("*"):
        name = path.name.lower()
        library = name.endswith((".so", ".dll", ".dylib")) or ".so." in name
        if library and path.is_file() and name.removeprefix("lib").startswith(CUDA_PREFIXES):
            found.append(path.relative_to(bundle).as_posix())
    return sorted(found)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / "mclip-desktop-cli.exe"
    if sys.platform == "darwin" and (bundle.parent / "mclip-desktop.app").is_dir():
        return bundle.parent / "mclip-desktop.app" / "Contents" / "MacOS" / "mclip-desktop"
    return bundle / "mclip-desktop"


def smoke(bundle: Path, models: Path) -> None:
    """Run the bundle from an empty folder: version, index generated photos, search, GUI."""
    sys.path.insert(0, str(ROOT))
    from tests.support import synthetic

    exe = str(executable(bundle))
    with tempfile.TemporaryDirectory(prefix="mclip-bundle-smoke-") as tmp:
        work = Path(tmp)
        truth = synthetic.write_photo_collection(work / "photos", per_class=1, seed=11)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(
            MCLIP_DATA_DIR=str(work / "data"),
            HF_HUB_OFFLINE="1",
            QT_QPA_PLATFORM="offscreen",
            MCLIP_IMAGE_MODEL=str(models / "tiny-image"),
            MCLIP_TEXT_MODEL=str(models / "tiny-text"),
        )

        def run(*args: str, timeout: float = 300) -> str:
            started = time.monotonic()
            done = subprocess.run(
                [exe, *args], cwd=work, env=env, capture_output=True, text=True, timeout=timeout
            )
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
            print(f"  {' '.join(args)[:60]:<60} {time.monotonic() - started:5.1f} s")
            return done.stdout

        print(f"Smoke test of {exe}:")
        print("  " + run("--version").strip())
        summary = json.loads(run("index", str(work / "photos"), "--json"))
        assert summary["embedded"] == len(truth) and summary["failed"] == 0, summary
        queries = {"red circle": ("red", "circle"), "蓝色三角形": ("blue", "triangle")}
        for query, expected in queries.items():
            results = json.loads(run("search", query, "-n", "3", "--json"))
            top = truth[Path(results[0]["path"])]
            assert top == expected, f"{query!r}: best match is {top}, expected {expected}"
        status = json.loads(run("status", "--json"))
        assert status["indexed"] == len(truth), status
        # The desktop app starts offscreen and stays up until stopped.
        gui = subprocess.Popen([exe], cwd=work, env=env, stderr=subprocess.PIPE, text=True)
        try:
            gui.wait(timeout=15)
            raise SystemExit(f"The app exited at start ({gui.returncode}):\n{gui.stderr.read()}")
        except subprocess.TimeoutExpired:
            print(f"  {'(desktop app)':<60} running after 15 s")
        finally:
            gui.terminate()
            gui.wait(timeout=30)
    print(f"Bundle OK: {size_mb(bundle):.0f} MB in {bundle}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", metavar="MODELS", type=Path, help="smoke-test with these models")
    parser.add_argument("--no-build", action="store_true", help="smoke-test the existing bundle")
    args = parser.parse_args()
    bundle = DIST / "mclip-desktop" if args.no_build else build()
    if args.smoke:
        smoke(bundle, args.smoke.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
