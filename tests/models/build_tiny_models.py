#!/usr/bin/env python
"""Build the two tiny CLIP fixtures in ``tests/models`` from scratch (no downloads).

It follows the recipe of ``sentence-transformers/clip-ViT-B-32-multilingual-v1`` at toy
scale:

1. ``tiny-image``: a tiny CLIP (``transformers.CLIPModel``) trained contrastively on
   synthetic photos (``tests.support.synthetic``) and their English captions, saved in the
   layout of ``sentence-transformers/clip-ViT-B-32`` (a single ``0_CLIPModel`` module).
2. ``tiny-text``: a tiny DistilBERT + mean pooling + Dense student trained by multilingual
   knowledge distillation: for every caption in every language, MSE between the student's
   embedding and the teacher's text embedding of the English caption.  Saved in the layout
   of ``sentence-transformers/clip-ViT-B-32-multilingual-v1``.

Run from the repository root::

    python tests/models/build_tiny_models.py

It prints progress and, at the end, a JSON summary (times, sizes, precision@5 per language).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import pathlib
import shutil
import sys
import tempfile
import time

# Without this, OpenMP worker threads spin while waiting; on a busy 2-core machine that
# makes training many times slower. Must be set before torch is imported.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import numpy as np  # noqa: E402
from PIL import Image, ImageOps  # noqa: E402

from tests.support import synthetic as syn  # noqa: E402

MODELS_DIR = REPO_ROOT / "tests" / "models"
IMAGE_SIZE = 64
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)
SEED = 1234

# Model sizes.
PROJ_DIM = 64
VISION = dict(
    hidden_size=64, intermediate_size=256, num_hidden_layers=3, num_attention_heads=4, patch_size=8
)
TEXT = dict(
    hidden_size=64,
    intermediate_size=256,
    num_hidden_layers=2,
    num_attention_heads=4,
    max_position_embeddings=64,
)
STUDENT = dict(dim=64, hidden_dim=256, n_layers=2, n_heads=4, max_position_embeddings=128)

# Training budget.
N_TRAIN_IMAGES = 12000
TEACHER_STEPS = 2400
TEACHER_BATCH = 96
TEACHER_LR = 2e-3
I2I_WEIGHT = 0.25
STUDENT_STEPS = 1500
STUDENT_BATCH = 64
STUDENT_LR = 2e-3

CLASSES = [(c, s) for c in syn.COLOURS for s in syn.SHAPES]
TEXT_CLASSES = syn.caption_classes()  # 16 pairs + 4 colours + 4 shapes


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------------------------------
# Image preprocessing: identical to CLIPImageProcessor(size={"shortest_edge": 64},
# crop_size=64, resample=BICUBIC, do_center_crop=True) -- checked in evaluate().
# ---------------------------------------------------------------------------------------


def resize_center_crop(img: Image.Image, size: int = IMAGE_SIZE) -> np.ndarray:
    """EXIF-agnostic CLIP preprocessing up to normalisation: RGB, bicubic resize of the
    short side to ``size``, centre crop. Returns ``uint8`` HxWx3."""
    img = img.convert("RGB")
    w, h = img.size
    if w <= h:
        nw, nh = size, int(size * h / w)
    else:
        nw, nh = int(size * w / h), size
    img = img.resize((nw, nh), Image.Resampling.BICUBIC)
    left, top = (nw - size) // 2, (nh - size) // 2
    return np.asarray(img.crop((left, top, left + size, top + size)), dtype=np.uint8)


def to_pixel_values(batch_uint8):
    """uint8 NxHxWx3 (numpy or torch) -> normalised float NCHW torch tensor."""
    import torch

    x = torch.as_tensor(batch_uint8).permute(0, 3, 1, 2).float().div_(255.0)
    mean = torch.tensor(CLIP_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(CLIP_STD).view(1, 3, 1, 1)
    return (x - mean) / std


_ASPECTS = (1.0, 4 / 3, 4 / 3, 3 / 2, 16 / 9, 2.0)


def _training_photo(args: tuple[int, int]) -> np.ndarray:
    """One augmented training sample: a synthetic photo at a random size and aspect,
    possibly slightly rotated and re-compressed, run through the CLIP preprocessing."""
    index, base_seed = args
    rng = np.random.default_rng([base_seed, index])
    colour, shape = CLASSES[index % len(CLASSES)]
    short = int(round(math.exp(rng.uniform(math.log(48), math.log(520)))))
    long_ = int(round(short * _ASPECTS[int(rng.integers(len(_ASPECTS)))]))
    w, h = (long_, short) if rng.random() < 0.65 else (short, long_)
    img = syn.make_photo(colour, shape, width=w, height=h, seed=int(rng.integers(2**31 - 1)))
    if rng.random() < 0.25:  # a slightly tilted camera
        corner = img.getpixel((0, 0))
        img = img.rotate(
            float(rng.uniform(-10, 10)), resample=Image.Resampling.BICUBIC, fillcolor=corner
        )
    r = rng.random()
    if r < 0.6:
        img = Image.open(
            io.BytesIO(syn.encode_image(img, "jpg", quality=int(rng.integers(20, 96))))
        ).convert("RGB")
    elif r < 0.75:
        img = Image.open(
            io.BytesIO(syn.encode_image(img, "webp", quality=int(rng.integers(40, 91))))
        ).convert("RGB")
    return resize_center_crop(img)


def generate_pool(n: int, base_seed: int, processes: int = 2) -> np.ndarray:
    jobs = [(i, base_seed) for i in range(n)]
    if processes > 1:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(processes) as pool:
            arrays = pool.map(_training_photo, jobs, chunksize=64)
    else:
        arrays = [_training_photo(j) for j in jobs]
    return np.stack(arrays)


# ---------------------------------------------------------------------------------------
# Tokenizers
# ---------------------------------------------------------------------------------------


def _bytes_to_unicode() -> list[str]:
    """GPT-2 / CLIP byte -> printable unicode map, in CLIP's vocabulary order."""
    bs = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [chr(c) for c in cs]


def build_clip_tokenizer(texts: list[str], vocab_size: int = 700):
    """A byte-level BPE ``CLIPTokenizer`` (CLIP's normaliser / pre-tokeniser) trained on ``texts``.

    The vocabulary has CLIP's structure: 256 byte symbols, the same with ``</w>``, the
    learned merges, then ``<|startoftext|>`` and ``<|endoftext|>``.
    """
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, trainers
    from transformers import CLIPTokenizer

    bos, eos = "<|startoftext|>", "<|endoftext|>"
    tok = Tokenizer(
        models.BPE(
            continuing_subword_prefix="", end_of_word_suffix="</w>", unk_token=eos, fuse_unk=False
        )
    )
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFC(), normalizers.Replace(Regex(r"\s+"), " "), normalizers.Lowercase()]
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(
                Regex(
                    r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+"""
                ),
                behavior="removed",
                invert=True,
            ),
            pre_tokenizers.ByteLevel(add_prefix_space=False),
        ]
    )
    base = _bytes_to_unicode()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[],
        initial_alphabet=base,
        end_of_word_suffix="</w>",
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer)
    merges = [tuple(m) for m in json.loads(tok.to_str())["model"]["merges"]]
    vocab: dict[str, int] = {}
    for t in base + [b + "</w>" for b in base]:
        vocab.setdefault(t, len(vocab))
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    vocab[bos] = len(vocab)
    vocab[eos] = len(vocab)
    return CLIPTokenizer(
        vocab=vocab, merges=merges, model_max_length=TEXT["max_position_embeddings"]
    )


def _extra_alphabet() -> list[str]:
    """Characters kept in the student's WordPiece vocabulary even if the captions lack them,
    so that other words in these scripts become sub-words rather than [UNK]."""
    chars = [chr(c) for c in range(ord("a"), ord("z") + 1)] + [str(d) for d in range(10)]
    chars += list("àâäáãåæçèéêëìíîïñòóôöõøœùúûüýÿßąćęłńśźżčďěňřšťůž")
    chars += [chr(c) for c in range(0x0430, 0x0450)] + ["ё"]  # Cyrillic
    chars += [chr(c) for c in range(0x0621, 0x064B)] + [
        "\u0671",
        "\u067e",
        "\u0686",
        "\u06a9",
        "\u06af",
        "\u06cc",
    ]
    chars += (
        [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)] + ["ー"]
    )  # kana
    chars += list("-'.,!?")
    return chars


def build_student_tokenizer(texts: list[str], vocab_size: int = 5000):
    """A WordPiece ``DistilBertTokenizer`` (lower-cased, accents kept, CJK characters split)
    for the captions of all languages.

    ``tokenizers``' WordPiece trainer learns the captions' words, but the intermediate
    sub-word pieces it keeps depend on hash-map order and differ from run to run.  For a
    reproducible vocabulary we keep what is stable: every caption word (as a whole token),
    and every character of the captions and of ``_extra_alphabet()`` both as a word start
    and as a ``##`` continuation, so unseen words fall back to characters, not ``[UNK]``.
    Ids are assigned in a canonical order.
    """
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
    from transformers import DistilBertTokenizer

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True
    )
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        show_progress=False,
        continuing_subword_prefix="##",
    )
    tok.train_from_iterator(texts, trainer)
    learned = set(tok.get_vocab())
    words = {
        w
        for t in texts
        for w, _ in tok.pre_tokenizer.pre_tokenize_str(tok.normalizer.normalize_str(t))
    }
    missing = words - learned
    if missing:  # the trainer stops merging only when every word is one token
        raise RuntimeError(f"WordPiece training left words split: {sorted(missing)[:10]}")
    chars = set(_extra_alphabet()) | {ch for w in words for ch in w}
    pieces = words | chars | {"##" + ch for ch in chars}
    order = sorted(pieces, key=lambda p: (p.startswith("##"), len(p), p))
    vocab = {p: i for i, p in enumerate(specials + order)}
    return DistilBertTokenizer(
        vocab=vocab,
        do_lower_case=True,
        strip_accents=False,
        tokenize_chinese_chars=True,
        model_max_length=STUDENT["max_position_embeddings"],
    )


# ---------------------------------------------------------------------------------------
# Teacher (tiny CLIP)
# ---------------------------------------------------------------------------------------


def init_patch_embedding(weight) -> None:
    """Initialise most of the ViT's patch embedding (hidden x 3 x P x P) with a fixed bank
    of oriented filters: luminance step edges (8 orientations x 3 offsets), colour-opponent
    (red-green, yellow-blue) edges, luminance bars, and channel means.  A tiny ViT trained
    from scratch on CPU learns shapes several times faster from this start than from a
    random one; the remaining rows stay random and everything is trained."""
    import torch

    hidden, _, p, _ = weight.shape
    yy, xx = torch.meshgrid(
        torch.arange(p) - (p - 1) / 2, torch.arange(p) - (p - 1) / 2, indexing="ij"
    )
    lum = torch.tensor([1.0, 1.0, 1.0]) / math.sqrt(3)
    red_green = torch.tensor([1.0, -1.0, 0.0]) / math.sqrt(2)
    yellow_blue = torch.tensor([0.5, 0.5, -1.0]) / math.sqrt(1.5)
    bank = []

    def add(channels, f):
        f = f - f.mean()
        bank.append(channels.view(3, 1, 1) * f / f.norm() * 0.5)

    for a in range(8):
        th = math.pi * a / 8
        dist = xx * math.cos(th) + yy * math.sin(th)
        for off in (-p / 4, 0.0, p / 4):
            add(lum, torch.tanh((dist - off) * 1.5))
        add(red_green, torch.tanh(dist * 1.5))
        add(yellow_blue, torch.tanh(dist * 1.5))
        add(lum, torch.exp(-(dist**2) / 2.0))
    for ch in (lum, red_green, yellow_blue):
        bank.append(ch.view(3, 1, 1) * torch.ones(p, p) / p * 0.5)
    n = min(len(bank), max(0, hidden - 8))
    with torch.no_grad():
        weight[:n] = torch.stack(bank[:n])


def _multi_positive_nce(logits, pos, dim):
    """-log(sum of softmax probability on the positives) along ``dim``, averaged over the
    rows/columns that have at least one positive."""
    import torch

    neg_inf = torch.finfo(logits.dtype).min
    num = torch.logsumexp(logits.masked_fill(~pos, neg_inf), dim=dim)
    den = torch.logsumexp(logits, dim=dim)
    has = pos.any(dim=dim)
    return (den - num)[has].mean()


def train_teacher(
    pool: np.ndarray, labels: np.ndarray, val: tuple[np.ndarray, np.ndarray], steps: int
):
    import torch
    from transformers import CLIPConfig, CLIPModel

    en_texts: list[str] = []
    text_class: list[int] = []
    for k, (c, s) in enumerate(TEXT_CLASSES):
        for t in syn.captions("en", c, s):
            en_texts.append(t)
            text_class.append(k)
    tokenizer = build_clip_tokenizer(en_texts)
    enc = tokenizer(en_texts, padding=True, return_tensors="pt")
    ids_all, mask_all = enc["input_ids"], enc["attention_mask"]
    text_class_t = torch.tensor(text_class)
    # 0: colour + shape, 1: colour only, 2: shape only
    kind = torch.tensor([0 if (c and s) else (1 if c else 2) for c, s in TEXT_CLASSES])
    variants_by_class = [
        torch.nonzero(text_class_t == k).flatten() for k in range(len(TEXT_CLASSES))
    ]

    cfg = CLIPConfig(
        text_config=dict(
            vocab_size=len(tokenizer),
            bos_token_id=tokenizer.bos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            pad_token_id=tokenizer.pad_token_id,
            hidden_act="quick_gelu",
            **TEXT,
        ),
        vision_config=dict(image_size=IMAGE_SIZE, hidden_act="quick_gelu", **VISION),
        projection_dim=PROJ_DIM,
    )
    torch.manual_seed(SEED)
    model = CLIPModel(cfg)
    init_patch_embedding(model.vision_model.embeddings.patch_embedding.weight)
    model.train()

    # positives[i_class, text_class]: does an image of class i match text class k?
    match = torch.tensor(
        [[syn.matches(qc, qs, c, s) for (qc, qs) in TEXT_CLASSES] for (c, s) in CLASSES],
        dtype=torch.bool,
    )
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        (no_decay if p.ndim < 2 or "embedding" in n or "logit_scale" in n else decay).append(p)
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.05}, {"params": no_decay, "weight_decay": 0.0}],
        lr=TEACHER_LR,
        betas=(0.9, 0.98),
    )
    warmup = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt,
        lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(1.0, s / steps))),
    )
    gen = torch.Generator().manual_seed(SEED)
    pool_t = torch.from_numpy(pool)  # N x H x W x 3 uint8
    labels_t = torch.from_numpy(labels)
    n = len(pool_t)
    t0 = time.perf_counter()
    for step in range(steps):
        idx = torch.randint(0, n, (TEACHER_BATCH,), generator=gen)
        imgs = pool_t[idx]
        # cheap symmetries of the (already centre-cropped) photos: flips and 90 degree turns
        if torch.rand((), generator=gen) < 0.5:
            imgs = imgs.flip(2)
        k = int(torch.randint(0, 4, (), generator=gen))
        if k:
            imgs = torch.rot90(imgs, k, dims=(1, 2))
        x = to_pixel_values(imgs)
        # brightness / contrast jitter per image
        x = x * (1 + 0.1 * (torch.rand(len(x), 1, 1, 1, generator=gen) - 0.5)) + 0.1 * (
            torch.rand(len(x), 1, 1, 1, generator=gen) - 0.5
        )
        # two random caption variants of every text class (24 classes -> 48 texts)
        tsel = torch.stack(
            [v[torch.randint(0, len(v), (2,), generator=gen)] for v in variants_by_class]
        ).flatten()
        tcls = text_class_t[tsel]
        ids, am = ids_all[tsel], mask_all[tsel]
        keep = int(am.sum(1).max())
        img_emb = model.get_image_features(pixel_values=x).pooler_output
        txt_emb = model.get_text_features(
            input_ids=ids[:, :keep], attention_mask=am[:, :keep]
        ).pooler_output
        img_emb = torch.nn.functional.normalize(img_emb, dim=-1)
        txt_emb = torch.nn.functional.normalize(txt_emb, dim=-1)
        scale = model.logit_scale.exp().clamp(max=100)
        logits = scale * img_emb @ txt_emb.T  # B x T
        pos = match[labels_t[idx]][:, tcls]
        # image -> text: one softmax per kind of text (colour+shape, colour only, shape only);
        # a single softmax over all of them would let "red" alone explain a red triangle.
        i2t = (
            sum(
                _multi_positive_nce(logits[:, g], pos[:, g], 1)
                for g in (kind[tcls] == j for j in range(3))
            )
            / 3
        )
        # text -> image: every matching photo in the batch is a positive
        t2i = _multi_positive_nce(logits, pos, 0)
        # image -> image: photos of the same class attract (search by example photo)
        same = labels_t[idx][:, None] == labels_t[idx][None, :]
        eye = torch.eye(len(idx), dtype=torch.bool)
        i2i_logits = (scale * img_emb @ img_emb.T).masked_fill(eye, torch.finfo(logits.dtype).min)
        i2i = _multi_positive_nce(i2i_logits, same & ~eye, 1)
        loss = 0.5 * (i2t + t2i) + I2I_WEIGHT * i2i
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, math.log(100))
        if step % 150 == 0 or step == steps - 1:
            msg = f"teacher step {step:5d}/{steps} loss {loss.item():.4f} scale {scale.item():6.2f}"
            if step % 600 == 0 or step == steps - 1:
                msg += f" val-P@5(en) {_teacher_val(model, tokenizer, *val):.3f}"
            log(f"{msg} ({time.perf_counter() - t0:.0f}s)")
            model.train()
    model.eval()
    return model, tokenizer


def _teacher_val(model, tokenizer, images: np.ndarray, labels: np.ndarray) -> float:
    import torch

    model.eval()
    with torch.no_grad():
        ie = torch.nn.functional.normalize(
            model.get_image_features(pixel_values=to_pixel_values(images)).pooler_output, dim=-1
        )
        q = [t for t, _, _ in syn.QUERIES["en"]]
        enc = tokenizer(q, padding=True, return_tensors="pt")
        te = torch.nn.functional.normalize(model.get_text_features(**enc).pooler_output, dim=-1)
    sims = (te @ ie.T).numpy()
    hits = []
    for (_, qc, qs), row in zip(syn.QUERIES["en"], sims, strict=True):
        top = np.argsort(-row)[:5]
        hits.append(np.mean([syn.matches(qc, qs, *CLASSES[labels[i]]) for i in top]))
    return float(np.mean(hits))


def save_teacher(model, tokenizer, out: pathlib.Path) -> None:
    try:  # transformers >= 5 without torchvision: the PIL backend (same preprocessing)
        from transformers.models.clip.image_processing_pil_clip import (
            CLIPImageProcessorPil as CLIPImageProcessor,
        )
    except ImportError:  # pragma: no cover
        from transformers import CLIPImageProcessor

    if out.exists():
        shutil.rmtree(out)
    sub = out / "0_CLIPModel"
    sub.mkdir(parents=True)
    model.save_pretrained(sub, safe_serialization=True)
    image_processor = CLIPImageProcessor(
        size={"shortest_edge": IMAGE_SIZE},
        crop_size={"height": IMAGE_SIZE, "width": IMAGE_SIZE},
        resample=3,
        do_center_crop=True,
        do_resize=True,
        do_rescale=True,
        do_normalize=True,
        do_convert_rgb=True,
        image_mean=list(CLIP_MEAN),
        image_std=list(CLIP_STD),
    )
    image_processor.save_pretrained(sub)  # preprocessor_config.json
    tokenizer.save_pretrained(sub)
    _write_legacy_vocab_files(tokenizer, sub)
    _write_json(sub / "processor_config.json", {"processor_class": "CLIPProcessor"})
    _write_json(
        out / "modules.json",
        [
            {
                "idx": 0,
                "name": "0",
                "path": "0_CLIPModel",
                "type": "sentence_transformers.models.CLIPModel",
            }
        ],
    )
    _write_json(out / "config_sentence_transformers.json", _st_config())
    _chmod_readable(out)


def _chmod_readable(folder: pathlib.Path) -> None:
    for p in folder.rglob("*"):
        if p.is_file():
            p.chmod(0o644)


# ---------------------------------------------------------------------------------------
# Student (tiny multilingual DistilBERT) by knowledge distillation
# ---------------------------------------------------------------------------------------


def _parallel_pairs() -> list[tuple[str, str]]:
    """(caption in any language, English caption) pairs: phrase variants are paired with
    English phrases and sentence variants with English sentences, by index."""
    pairs = []
    for c, s in TEXT_CLASSES:
        en_p, en_s = syn.phrases("en", c, s), syn.sentences("en", c, s)
        for lang in syn.LANGUAGES:
            for i, t in enumerate(syn.phrases(lang, c, s)):
                pairs.append((t, en_p[i % len(en_p)]))
            for i, t in enumerate(syn.sentences(lang, c, s)):
                pairs.append((t, en_s[i % len(en_s)]))
    return pairs


class Student:
    """DistilBERT -> mean pooling -> Dense (no bias, identity), in plain torch."""

    def __init__(self, tokenizer):
        import torch
        from transformers import DistilBertConfig, DistilBertModel

        torch.manual_seed(SEED + 1)
        cfg = DistilBertConfig(
            vocab_size=len(tokenizer),
            pad_token_id=tokenizer.pad_token_id,
            dropout=0.05,
            attention_dropout=0.05,
            **STUDENT,
        )
        self.tokenizer = tokenizer
        self.bert = DistilBertModel(cfg)
        self.dense = torch.nn.Linear(cfg.dim, PROJ_DIM, bias=False)

    def parameters(self):
        return [*self.bert.parameters(), *self.dense.parameters()]

    def train(self, flag: bool = True):
        self.bert.train(flag)
        self.dense.train(flag)

    def __call__(self, ids, mask):
        h = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return self.dense(pooled)


def train_student(teacher, teacher_tokenizer, steps: int):
    import torch

    pairs = _parallel_pairs()
    all_texts = [t for t, _ in pairs]
    tokenizer = build_student_tokenizer(all_texts)
    en_unique = sorted({e for _, e in pairs})
    with torch.no_grad():
        enc = teacher_tokenizer(en_unique, padding=True, return_tensors="pt")
        target = dict(zip(en_unique, teacher.get_text_features(**enc).pooler_output, strict=True))
    y = torch.stack([target[e] for _, e in pairs])
    enc = tokenizer(all_texts, padding=True, return_tensors="pt")
    ids_all, mask_all = enc["input_ids"], enc["attention_mask"]
    log(
        f"student: {len(pairs)} parallel pairs, vocab {len(tokenizer)}, "
        f"max len {ids_all.shape[1]}, target norm {y.norm(dim=-1).mean():.2f}"
    )
    student = Student(tokenizer)
    opt = torch.optim.AdamW(student.parameters(), lr=STUDENT_LR, weight_decay=0.01)
    warmup = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt,
        lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(1.0, s / steps))),
    )
    gen = torch.Generator().manual_seed(SEED + 2)
    t0 = time.perf_counter()
    student.train()
    for step in range(steps):
        idx = torch.randint(0, len(pairs), (STUDENT_BATCH,), generator=gen)
        ids, am = ids_all[idx], mask_all[idx]
        keep = int(am.sum(1).max())
        pred = student(ids[:, :keep], am[:, :keep])
        loss = torch.nn.functional.mse_loss(pred, y[idx])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        if step % 250 == 0 or step == steps - 1:
            elapsed = time.perf_counter() - t0
            log(f"student step {step:5d}/{steps} mse {loss.item():.5f} ({elapsed:.0f}s)")
    student.train(False)
    with torch.no_grad():
        pred = torch.cat(
            [
                student(ids_all[i : i + 256], mask_all[i : i + 256])
                for i in range(0, len(pairs), 256)
            ]
        )
        cos = torch.nn.functional.cosine_similarity(pred, y).numpy()
    log(f"student: cosine to teacher target mean {cos.mean():.4f} min {cos.min():.4f}")
    return student, float(cos.mean()), float(cos.min())


def save_student(student: Student, out: pathlib.Path) -> None:
    from safetensors.torch import save_file

    if out.exists():
        shutil.rmtree(out)
    t_dir, p_dir, d_dir = out / "0_Transformer", out / "1_Pooling", out / "2_Dense"
    for d in (t_dir, p_dir, d_dir):
        d.mkdir(parents=True)
    student.bert.save_pretrained(t_dir, safe_serialization=True)
    student.tokenizer.save_pretrained(t_dir)
    _write_legacy_vocab_files(student.tokenizer, t_dir)
    _write_json(
        t_dir / "sentence_bert_config.json",
        {"max_seq_length": STUDENT["max_position_embeddings"], "do_lower_case": False},
    )
    dim = student.bert.config.dim
    _write_json(
        p_dir / "config.json",
        {
            "word_embedding_dimension": dim,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    )
    # sentence_transformers.models.Dense state dict: {"linear.weight": out x in}
    save_file(
        {"linear.weight": student.dense.weight.detach().clone().contiguous()},
        str(d_dir / "model.safetensors"),
    )
    _write_json(
        d_dir / "config.json",
        {
            "in_features": dim,
            "out_features": PROJ_DIM,
            "bias": False,
            "activation_function": "torch.nn.modules.linear.Identity",
        },
    )
    _write_json(
        out / "modules.json",
        [
            {
                "idx": 0,
                "name": "0",
                "path": "0_Transformer",
                "type": "sentence_transformers.models.Transformer",
            },
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Dense",
                "type": "sentence_transformers.models.Dense",
            },
        ],
    )
    _write_json(out / "config_sentence_transformers.json", _st_config())
    _write_json(
        out / "sentence_bert_config.json",
        {"max_seq_length": STUDENT["max_position_embeddings"], "do_lower_case": False},
    )
    _chmod_readable(out)


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


def _write_legacy_vocab_files(tokenizer, folder: pathlib.Path) -> None:
    """Besides tokenizer.json, write the classic vocabulary files the published models
    carry (vocab.json + merges.txt for BPE, vocab.txt for WordPiece), for older loaders."""
    model = json.loads(tokenizer.backend_tokenizer.to_str())["model"]
    vocab = dict(sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1]))
    if model["type"] == "BPE":
        (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        merges = [" ".join(m) if isinstance(m, list) else m for m in model["merges"]]
        (folder / "merges.txt").write_text(
            "#version: 0.2\n" + "\n".join(merges) + "\n", encoding="utf-8"
        )
    elif model["type"] == "WordPiece":
        assert list(vocab.values()) == list(range(len(vocab)))
        (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")


def _write_json(path: pathlib.Path, obj) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _st_config() -> dict:
    return {
        "model_type": "SentenceTransformer",
        "__version__": {
            "sentence_transformers": "6.2.0",
            "transformers": "5.24.0",
            "pytorch": "2.13.0",
        },
        "prompts": {},
        "default_prompt_name": None,
        "similarity_fn_name": "cosine",
    }


def folder_size(path: pathlib.Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# ---------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------

EVAL_SIZES = (
    (100, 75),
    (75, 100),
    (160, 120),
    (320, 240),
    (480, 640),
    (640, 480),
    (1024, 768),
    (800, 800),
    (1920, 1080),
    (4000, 3000),
)


def write_eval_collection(
    folder: pathlib.Path, *, seed: int, per_class: int
) -> dict[pathlib.Path, tuple[str, str]]:
    """A held-out folder: ``per_class`` photos per class in mixed sizes and formats, plus one
    JPEG per class stored rotated with an EXIF orientation tag."""
    truth = syn.write_photo_collection(folder, per_class, seed=seed, sizes=EVAL_SIZES)
    rng = np.random.default_rng(seed + 1)
    for k, (c, s) in enumerate(CLASSES):
        w, h = ((640, 480), (1200, 900), (480, 360))[k % 3]
        img = syn.make_photo(c, s, width=w, height=h, seed=int(rng.integers(2**31 - 1)))
        path = folder / f"IMG_{len(truth) + 1:04d}.jpg"
        syn.save_with_orientation(img, path, (3, 6, 8)[k % 3])
        truth[path] = (c, s)
    return truth


def load_photo(path: pathlib.Path) -> Image.Image:
    with Image.open(path) as im:
        return ImageOps.exif_transpose(im).convert("RGB")


def evaluate(
    image_model_path, text_model_path, *, seed: int = 20240611, per_class: int = 8, folder=None
) -> dict:
    """Precision@5 of the two models on a fresh synthetic photo collection.

    Images are encoded with the image model (sentence-transformers, i.e. CLIPImageProcessor),
    the queries of every language in ``synthetic.QUERIES`` with the text model; a hit is a
    photo matching the query's colour and/or shape.  Also reports English queries through
    the image model's own text tower, photo-as-query precision@5 (same class), and the
    difference between the processor and the manual preprocessing used for training.
    """
    import torch
    from sentence_transformers import SentenceTransformer

    image_model = SentenceTransformer(str(image_model_path), device="cpu")
    text_model = SentenceTransformer(str(text_model_path), device="cpu")
    tmp = None
    if folder is None:
        tmp = tempfile.mkdtemp(prefix="mclip-eval-")
        folder = pathlib.Path(tmp)
    try:
        t0 = time.perf_counter()
        truth = write_eval_collection(pathlib.Path(folder), seed=seed, per_class=per_class)
        t_write = time.perf_counter() - t0
        paths = sorted(truth)
        labels = [truth[p] for p in paths]
        t0 = time.perf_counter()
        images = [load_photo(p) for p in paths]
        img_emb = image_model.encode(
            images, batch_size=32, convert_to_numpy=True, normalize_embeddings=True
        )
        t_encode = time.perf_counter() - t0

        # The product preprocesses itself and calls the vision tower directly: check equality.
        clip = image_model[0].model
        with torch.no_grad():
            manual = clip.get_image_features(
                pixel_values=to_pixel_values(np.stack([resize_center_crop(im) for im in images]))
            ).pooler_output
        manual = torch.nn.functional.normalize(manual, dim=-1).numpy()
        preprocess_diff = float(np.abs(manual - img_emb).max())

        def p_at_5(query_emb: np.ndarray, queries) -> tuple[float, list[float]]:
            sims = query_emb @ img_emb.T
            per_query = []
            for (_, qc, qs), row in zip(queries, sims, strict=True):
                top = np.argsort(-row, kind="stable")[:5]
                per_query.append(float(np.mean([syn.matches(qc, qs, *labels[i]) for i in top])))
            return float(np.mean(per_query)), per_query

        results: dict = {
            "photos": len(paths),
            "write_s": round(t_write, 1),
            "encode_images_s": round(t_encode, 1),
        }
        per_lang, worst = {}, {}
        for lang in syn.LANGUAGES:
            queries = syn.QUERIES[lang]
            q_emb = text_model.encode(
                [q for q, _, _ in queries], convert_to_numpy=True, normalize_embeddings=True
            )
            mean, per_query = p_at_5(q_emb, queries)
            per_lang[lang] = round(mean, 4)
            worst[lang] = [
                (queries[i][0], per_query[i])
                for i in np.argsort(per_query)[:2]
                if per_query[i] < 1.0
            ]
        results["precision_at_5"] = per_lang
        results["worst_queries"] = {k: v for k, v in worst.items() if v}
        # sentence forms ("a photo of a red circle", ...) as an extra check
        sent = {}
        for lang in syn.LANGUAGES:
            queries = [(syn.caption(lang, c, s, sentence=True), c, s) for c, s in TEXT_CLASSES]
            q_emb = text_model.encode(
                [q for q, _, _ in queries], convert_to_numpy=True, normalize_embeddings=True
            )
            sent[lang] = round(p_at_5(q_emb, queries)[0], 4)
        results["precision_at_5_sentences"] = sent
        en_q = syn.QUERIES["en"]
        results["precision_at_5_en_teacher_text"] = round(
            p_at_5(image_model.encode([q for q, _, _ in en_q], normalize_embeddings=True), en_q)[0],
            4,
        )
        sims = img_emb @ img_emb.T
        np.fill_diagonal(sims, -np.inf)
        hits = [
            np.mean([labels[j] == labels[i] for j in np.argsort(-sims[i], kind="stable")[:5]])
            for i in range(len(paths))
        ]
        results["image_query_precision_at_5"] = round(float(np.mean(hits)), 4)
        results["processor_vs_manual_max_abs_diff"] = preprocess_diff
        return results
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out",
        type=pathlib.Path,
        default=MODELS_DIR,
        help="where to write tiny-image/ and tiny-text/",
    )
    parser.add_argument(
        "--eval-only", action="store_true", help="only evaluate the existing models"
    )
    parser.add_argument("--eval-seed", type=int, default=20240611)
    parser.add_argument(
        "--student-only",
        action="store_true",
        help="keep the existing tiny-image teacher, retrain only the tiny-text student",
    )
    parser.add_argument("--teacher-steps", type=int, default=TEACHER_STEPS)
    parser.add_argument("--train-photos", type=int, default=N_TRAIN_IMAGES)
    args = parser.parse_args(argv)

    image_dir, text_dir = args.out / "tiny-image", args.out / "tiny-text"
    summary: dict = {}
    t_start = time.perf_counter()
    if args.student_only and not args.eval_only:
        import torch
        from transformers import AutoTokenizer, CLIPModel
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        torch.set_num_threads(2)
        torch.use_deterministic_algorithms(True, warn_only=True)
        teacher = CLIPModel.from_pretrained(image_dir / "0_CLIPModel").eval()
        teacher_tok = AutoTokenizer.from_pretrained(image_dir / "0_CLIPModel")
        t0 = time.perf_counter()
        student, cos_mean, cos_min = train_student(teacher, teacher_tok, STUDENT_STEPS)
        t_student = time.perf_counter() - t0
        save_student(student, text_dir)
        log(f"student trained in {t_student:.0f}s, saved to {text_dir}")
        summary["training"] = {
            "student_s": round(t_student, 1),
            "student_steps": STUDENT_STEPS,
            "student_cosine_to_teacher": {"mean": round(cos_mean, 4), "min": round(cos_min, 4)},
        }
    elif not args.eval_only:
        # Photos first: generated in worker processes before torch starts its threads.
        t0 = time.perf_counter()
        n_train = args.train_photos
        pool = generate_pool(n_train, SEED)
        labels = np.arange(n_train) % len(CLASSES)
        n_val = 16 * 16
        val_pool = generate_pool(n_val, SEED + 999)
        val = (val_pool, np.arange(n_val) % len(CLASSES))
        t_data = time.perf_counter() - t0
        log(f"generated {n_train} training + {n_val} validation photos in {t_data:.1f}s")

        import torch
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        torch.set_num_threads(2)
        torch.use_deterministic_algorithms(True, warn_only=True)
        torch.manual_seed(SEED)

        t0 = time.perf_counter()
        teacher, teacher_tok = train_teacher(pool, labels, val, args.teacher_steps)
        t_teacher = time.perf_counter() - t0
        save_teacher(teacher, teacher_tok, image_dir)
        log(f"teacher trained in {t_teacher:.0f}s, saved to {image_dir}")

        t0 = time.perf_counter()
        student, cos_mean, cos_min = train_student(teacher, teacher_tok, STUDENT_STEPS)
        t_student = time.perf_counter() - t0
        save_student(student, text_dir)
        log(f"student trained in {t_student:.0f}s, saved to {text_dir}")
        summary["training"] = {
            "data_s": round(t_data, 1),
            "teacher_s": round(t_teacher, 1),
            "student_s": round(t_student, 1),
            "total_s": round(time.perf_counter() - t_start, 1),
            "teacher_steps": args.teacher_steps,
            "teacher_batch": TEACHER_BATCH,
            "train_photos": n_train,
            "student_steps": STUDENT_STEPS,
            "student_cosine_to_teacher": {"mean": round(cos_mean, 4), "min": round(cos_min, 4)},
            "torch_threads": torch.get_num_threads(),
        }

    summary["size_bytes"] = {
        "tiny-image": folder_size(image_dir),
        "tiny-text": folder_size(text_dir),
    }
    summary["size_bytes"]["total"] = (
        summary["size_bytes"]["tiny-image"] + summary["size_bytes"]["tiny-text"]
    )
    log("evaluating on a fresh photo collection ...")
    t0 = time.perf_counter()
    summary["evaluation"] = evaluate(image_dir, text_dir, seed=args.eval_seed)
    summary["evaluation"]["eval_s"] = round(time.perf_counter() - t0, 1)
    summary["wall_s"] = round(time.perf_counter() - t_start, 1)
    print(json.dumps(summary, indent=2, ensure_ascii=False), flush=True)
    return summary


if __name__ == "__main__":
    main()
