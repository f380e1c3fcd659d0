"""Loading models exactly as on a user's machine: local folders, the hub cache, first-run
downloads with progress (from a local stand-in for the hub), and clear errors offline."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from mclip_desktop.cli_text import CliText
from mclip_desktop.core import images, models
from mclip_desktop.core.errors import ModelUnavailableError
from tests.support.hub_server import LocalHub

pytestmark = pytest.mark.slow


def test_real_size_image_replica_loads_and_embeds_photos(image_replica):
    encoder = models.load_image_encoder(str(image_replica))
    assert encoder.preprocessing.size == 224 and encoder.dim == 512
    # Only the image tower is kept: ViT-B/32's vision side is ~88M of CLIP's ~151M weights.
    kept = sum(p.numel() for p in encoder.vision.parameters()) + encoder.projection.weight.numel()
    assert 85e6 < kept < 90e6
    photo = Image.fromarray(np.random.default_rng(0).integers(0, 255, (480, 640, 3), dtype=np.uint8))
    pixels = images.preprocess(photo, encoder.preprocessing)
    vectors = encoder.encode(np.stack([pixels, pixels[:, ::-1].copy()]))
    assert vectors.shape == (2, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(vectors[0], vectors[1])


def test_image_tower_gives_what_sentence_transformers_gives(image_replica):
    from sentence_transformers import SentenceTransformer

    encoder = models.load_image_encoder(str(image_replica))
    photo = Image.fromarray(np.random.default_rng(1).integers(0, 255, (300, 400, 3), dtype=np.uint8))
    ours = encoder.encode(images.preprocess(photo, encoder.preprocessing)[np.newaxis])[0]
    theirs = SentenceTransformer(str(image_replica), device="cpu").encode(
        [photo], normalize_embeddings=True
    )[0]
    assert float(np.dot(ours, theirs)) > 0.9999


def test_real_size_text_replica_embeds_many_languages(text_replica):
    encoder = models.load_text_encoder(str(text_replica))
    texts = ["a dog in the snow", "Hund im Schnee", "海边的日落", "赤い円", "красный круг", "دائرة حمراء"]
    vectors = encoder.encode(texts)
    assert vectors.shape == (6, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert len({tuple(np.round(v, 4)) for v in vectors}) == 6


def test_first_use_downloads_with_progress_then_works_offline(image_replica, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    import huggingface_hub.constants as hub_constants

    monkeypatch.setattr(hub_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    reports: list[models.DownloadProgress] = []
    with LocalHub({"sentence-transformers/clip-ViT-B-32": image_replica}) as hub:
        folder, model_id = models.resolve_model("clip-ViT-B-32", flag="--image-model", progress=reports.append)
        assert model_id == "sentence-transformers/clip-ViT-B-32"
        assert (folder / "0_CLIPModel" / "model.safetensors").is_file()
        assert reports, "no download progress was reported"
        total = sum(p.stat().st_size for p in image_replica.rglob("*") if p.is_file())
        assert reports[-1].done_bytes == reports[-1].total_bytes >= 0.99 * total
        assert all(r.model == "clip-ViT-B-32" for r in reports)
        hub.offline = True
        # Offline, the cached copy loads without any request.
        encoder = models.load_image_encoder("clip-ViT-B-32")
        assert encoder.dim == 512


def test_offline_and_not_cached_says_what_to_do(monkeypatch, tmp_path, image_replica):
    import huggingface_hub.constants as hub_constants

    monkeypatch.setattr(hub_constants, "HF_HUB_CACHE", str(tmp_path / "empty-hub"))
    with LocalHub({"sentence-transformers/clip-ViT-B-32": image_replica}) as hub:
        hub.offline = True
        with pytest.raises(ModelUnavailableError) as caught:
            models.load_image_encoder("clip-ViT-B-32")
    error = caught.value
    assert error.message.code == "model.offline"
    message = CliText({}).message(error.message)
    assert "clip-ViT-B-32" in message
    assert "Connect to the internet once" in message and "--image-model" in message
    assert "Traceback" not in message and "\n" not in message
    # The network's own words are kept for the log and --verbose, not shown to the user.
    assert error.message.detail and error.message.detail not in message


def test_unknown_model_name_is_reported(monkeypatch, tmp_path, image_replica):
    import huggingface_hub.constants as hub_constants

    monkeypatch.setattr(hub_constants, "HF_HUB_CACHE", str(tmp_path / "empty-hub"))
    with LocalHub({"sentence-transformers/clip-ViT-B-32": image_replica}):
        with pytest.raises(ModelUnavailableError, match="no model named 'someone/no-such-model'"):
            models.resolve_model("someone/no-such-model", flag="--text-model")


def test_local_folder_that_is_not_a_model_is_refused(tmp_path):
    (tmp_path / "photos").mkdir()
    with pytest.raises(ModelUnavailableError, match="no modules.json"):
        models.resolve_model(str(tmp_path / "photos"), flag="--image-model")
    with pytest.raises(ModelUnavailableError, match="does not exist"):
        models.resolve_model(str(tmp_path / "missing"), flag="--image-model")


def _computes_in_bf16() -> bool:
    import torch

    return bool(
        getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)()
        or getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)()
    )


def test_fast_inference_is_on_by_itself_only_where_the_cpu_computes_in_bf16(
    image_replica, text_replica, monkeypatch
):
    monkeypatch.delenv(models.FAST_INFERENCE_ENV, raising=False)
    image = models.load_image_encoder(str(image_replica))
    text = models.load_text_encoder(str(text_replica))
    expected = "bf16" if _computes_in_bf16() else None
    assert image.fast == expected and text.fast == expected
    monkeypatch.setenv(models.FAST_INFERENCE_ENV, "off")
    exact_image = models.load_image_encoder(str(image_replica))
    exact_text = models.load_text_encoder(str(text_replica))
    assert exact_image.fast is None and exact_text.fast is None
    # Whatever the default chose, its vectors are the fp32 ones as far as search can tell.
    noise = np.random.default_rng(2).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    photo = Image.fromarray(noise)
    pixels = images.preprocess(photo, image.preprocessing)[np.newaxis]
    assert float(np.dot(image.encode(pixels)[0], exact_image.encode(pixels)[0])) > 0.999
    texts = ["a dog in the snow", "海边的日落", "красный круг"]
    fast_vectors, exact_vectors = text.encode(texts), exact_text.encode(texts)
    assert np.allclose(np.linalg.norm(fast_vectors, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(fast_vectors * exact_vectors, axis=1))) > 0.999


def test_an_unknown_fast_inference_value_falls_back_to_the_default(monkeypatch):
    monkeypatch.setenv(models.FAST_INFERENCE_ENV, "turbo")
    assert models.fast_inference_mode() == models.AUTO_FAST_INFERENCE
    for off in ("off", "fp32", "0"):
        monkeypatch.setenv(models.FAST_INFERENCE_ENV, off)
        assert models.fast_inference_mode() is None
    monkeypatch.setenv(models.FAST_INFERENCE_ENV, "int8")
    assert models.fast_inference_mode() == "int8"
