"""Random-weight replicas, at real size, of the two published CLIP models the app uses.

``build_image_replica(folder)`` mirrors ``sentence-transformers/clip-ViT-B-32`` and
``build_text_replica(folder)`` mirrors ``sentence-transformers/clip-ViT-B-32-multilingual-v1``:
same architecture, same tensor shapes (so the same file sizes, memory use and speed), same
sentence-transformers layout (``modules.json``, module folders, config files), but random
weights and a home-made tokenizer (the real vocabularies cannot be downloaded here).  Their
embeddings are therefore meaningless; use the tiny trained models in ``tests/models`` when a
test needs search results that make sense.

Layout written (published repo -> replica):

``clip-ViT-B-32``::

    .gitattributes, README.md, modules.json, config_sentence_transformers.json
    0_CLIPModel/config.json              CLIPModel (openai/clip-vit-base-patch32 config)
    0_CLIPModel/pytorch_model.bin   ->   model.safetensors (``weights="bin"``: pytorch_model.bin)
    0_CLIPModel/preprocessor_config.json CLIPImageProcessor (224, bicubic, CLIP mean/std)
    0_CLIPModel/vocab.json, merges.txt   byte-level BPE (CLIP scheme, ids 49406/49407 special)
    0_CLIPModel/special_tokens_map.json, tokenizer_config.json
    (no tokenizer.json, like the published repo: transformers builds the fast tokenizer from
    vocab.json + merges.txt)

``clip-ViT-B-32-multilingual-v1``::

    .gitattributes, README.md, modules.json, config_sentence_transformers.json
    0_Transformer/config.json            DistilBertModel (distilbert-base-multilingual-cased)
    0_Transformer/pytorch_model.bin -> model.safetensors
    0_Transformer/sentence_bert_config.json  {"max_seq_length": 128, "do_lower_case": false}
    0_Transformer/vocab.txt, tokenizer.json, tokenizer_config.json, special_tokens_map.json
    1_Pooling/config.json                mean tokens, 768
    2_Dense/config.json                  768 -> 512, no bias, Identity
    2_Dense/pytorch_model.bin       -> model.safetensors (as sentence-transformers 6.2 saves it)

Everything is deterministic for a given ``seed`` (the tokenizers do not depend on it).
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

IMAGE_REPO_ID = "sentence-transformers/clip-ViT-B-32"
TEXT_REPO_ID = "sentence-transformers/clip-ViT-B-32-multilingual-v1"

EMBEDDING_DIM = 512

CLIP_TEXT_CONFIG = {
    "hidden_size": 512,
    "intermediate_size": 2048,
    "num_attention_heads": 8,
    "num_hidden_layers": 12,
    "vocab_size": 49408,
    "max_position_embeddings": 77,
    "hidden_act": "quick_gelu",
    "projection_dim": 512,
    # openai/clip-vit-base-patch32 really ships these (legacy) ids; with eos_token_id == 2
    # transformers pools the text at the argmax of input_ids, i.e. at <|endoftext|> (49407).
    "bos_token_id": 0,
    "eos_token_id": 2,
    "pad_token_id": 1,
}
CLIP_VISION_CONFIG = {
    "hidden_size": 768,
    "intermediate_size": 3072,
    "num_attention_heads": 12,
    "num_hidden_layers": 12,
    "patch_size": 32,
    "image_size": 224,
    "num_channels": 3,
    "hidden_act": "quick_gelu",
    "projection_dim": 512,
}
CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]
CLIP_STD = [0.26862954, 0.26130258, 0.27577711]

DISTILBERT_CONFIG = {
    "vocab_size": 119547,
    "dim": 768,
    "n_layers": 6,
    "n_heads": 12,
    "hidden_dim": 3072,
    "max_position_embeddings": 512,
    "activation": "gelu",
    "dropout": 0.1,
    "attention_dropout": 0.1,
    "qa_dropout": 0.1,
    "seq_classif_dropout": 0.2,
    "sinusoidal_pos_embds": False,
    "initializer_range": 0.02,
    "pad_token_id": 0,
    "tie_weights_": True,
}

_GITATTRIBUTES = """\
*.7z filter=lfs diff=lfs merge=lfs -text
*.arrow filter=lfs diff=lfs merge=lfs -text
*.bin filter=lfs diff=lfs merge=lfs -text
*.bin.* filter=lfs diff=lfs merge=lfs -text
*.bz2 filter=lfs diff=lfs merge=lfs -text
*.ftz filter=lfs diff=lfs merge=lfs -text
*.gz filter=lfs diff=lfs merge=lfs -text
*.h5 filter=lfs diff=lfs merge=lfs -text
*.joblib filter=lfs diff=lfs merge=lfs -text
*.lfs.* filter=lfs diff=lfs merge=lfs -text
*.model filter=lfs diff=lfs merge=lfs -text
*.msgpack filter=lfs diff=lfs merge=lfs -text
*.onnx filter=lfs diff=lfs merge=lfs -text
*.ot filter=lfs diff=lfs merge=lfs -text
*.parquet filter=lfs diff=lfs merge=lfs -text
*.pb filter=lfs diff=lfs merge=lfs -text
*.pt filter=lfs diff=lfs merge=lfs -text
*.pth filter=lfs diff=lfs merge=lfs -text
*.rar filter=lfs diff=lfs merge=lfs -text
*.safetensors filter=lfs diff=lfs merge=lfs -text
saved_model/**/* filter=lfs diff=lfs merge=lfs -text
*.tar.* filter=lfs diff=lfs merge=lfs -text
*.tflite filter=lfs diff=lfs merge=lfs -text
*.tgz filter=lfs diff=lfs merge=lfs -text
*.xz filter=lfs diff=lfs merge=lfs -text
*.zip filter=lfs diff=lfs merge=lfs -text
*.zstandard filter=lfs diff=lfs merge=lfs -text
*tfevents* filter=lfs diff=lfs merge=lfs -text
"""

# Old-style version stamp, as in the published repos (written by sentence-transformers 2.0).
_ST_CONFIG = {
    "__version__": {
        "sentence_transformers": "2.0.0",
        "transformers": "4.7.0",
        "pytorch": "1.9.0+cu102",
    }
}

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


def _write_json(path: Path, obj, *, indent: int | None = 2) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")


def _prepare(folder: Path) -> Path:
    folder = Path(folder)
    if folder.exists():
        if any(folder.iterdir()):
            raise FileExistsError(f"{folder} is not empty")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _readme(repo_id: str) -> str:
    return (
        "---\n"
        "pipeline_tag: sentence-similarity\n"
        "library_name: sentence-transformers\n"
        "tags:\n- sentence-transformers\n- feature-extraction\n- sentence-similarity\n"
        "---\n\n"
        f"# Test replica of {repo_id}\n\n"
        "Same architecture and layout as the published model, random weights. For tests only.\n"
    )


def _save_weights(model, folder: Path, weights: str) -> None:
    """Save a transformers model's config and weights (safetensors or pytorch_model.bin)."""
    if weights == "safetensors":
        from transformers.utils import logging as hf_logging

        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # no "Writing model shards" bar in test output
        try:
            model.save_pretrained(folder, safe_serialization=True)
        finally:
            if bars:
                hf_logging.enable_progress_bar()
    elif weights == "bin":
        import torch

        model.config.save_pretrained(folder)
        torch.save(model.state_dict(), folder / "pytorch_model.bin")
    else:
        raise ValueError(f"weights must be 'safetensors' or 'bin', not {weights!r}")


def _make_words(
    rng: random.Random, n: int, syllables: list[str], min_syl: int = 1, max_syl: int = 3
) -> list[str]:
    return [
        "".join(rng.choice(syllables) for _ in range(rng.randint(min_syl, max_syl)))
        for _ in range(n)
    ]


# --------------------------------------------------------------------------------------
# CLIP byte-level BPE tokenizer
# --------------------------------------------------------------------------------------

_EN_WORDS = """
a an the of in on at with by for from to and or under over near behind beside between
photo picture image snapshot selfie portrait landscape view scene close up shot of
dog dogs cat cats puppy kitten bird birds horse cow sheep fish car cars bus bike bicycle train
boat ship plane airplane truck house houses building city street road bridge tower church
beach sea ocean lake river mountain mountains forest tree trees flower flowers garden park
sky cloud clouds sun sunset sunrise moon night day snow rain winter summer spring autumn
man woman men women child children baby boy girl family friends people person group crowd
red green blue yellow orange purple pink white black brown grey gray golden silver dark bright
circle square triangle star shape round big small large tiny old new young happy sad beautiful
eating playing running sitting standing walking sleeping swimming flying driving reading
birthday party wedding holiday vacation trip travel christmas dinner lunch breakfast food cake
table chair room kitchen window door wall floor bed sofa computer phone camera book cup glass
my our your his her their this that these those is are was were be been being very
""".split()


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2 / CLIP byte -> printable unicode char table (same order as CLIP's vocab)."""
    bs = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    cs = bs[:]
    n = 0
    for b in range(2**8):
        if b not in bs:
            bs.append(b)
            cs.append(2**8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs], strict=True))


def _clip_word_counts() -> dict[str, int]:
    """Deterministic word frequencies of a small English, photo-caption-like corpus."""
    rng = random.Random(1234)
    syl = [
        "ka",
        "lo",
        "mi",
        "ta",
        "ser",
        "pho",
        "ton",
        "gra",
        "ph",
        "ing",
        "er",
        "ed",
        "s",
        "tion",
        "al",
    ]
    words = _EN_WORDS + _make_words(rng, 300, syl)
    counts: dict[str, int] = {}
    for _ in range(20000):
        w = rng.choice(words)
        counts[w] = counts.get(w, 0) + 1
    for n in range(0, 2031):  # numbers are split digit by digit by CLIP; still count them
        for d in str(n):
            counts[d] = counts.get(d, 0) + 1
    for p in [".", ",", "!", "?", "'s", "-", ":", "(", ")", "&"]:
        counts[p] = counts.get(p, 0) + 50
    return counts


def _learn_bpe(word_counts: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    """Plain BPE over byte-level symbols with '</w>' end-of-word suffix.

    Written here (rather than using ``tokenizers``' trainer) because the trainer breaks ties in a
    process-dependent order, and the replicas must be byte-for-byte reproducible.
    Ties are broken by the lexicographically smallest pair.
    """
    table = _bytes_to_unicode()
    words: list[list[str]] = []
    freqs: list[int] = []
    for w in sorted(word_counts):
        symbols = [table[b] for b in w.lower().encode("utf-8")]
        symbols[-1] += "</w>"
        words.append(symbols)
        freqs.append(word_counts[w])

    pair_counts: dict[tuple[str, str], int] = {}
    where: dict[tuple[str, str], set[int]] = {}
    for i, sym in enumerate(words):
        for pair in zip(sym, sym[1:], strict=False):
            pair_counts[pair] = pair_counts.get(pair, 0) + freqs[i]
            where.setdefault(pair, set()).add(i)

    merges: list[tuple[str, str]] = []
    while len(merges) < num_merges and pair_counts:
        best = min(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        pair, count = best
        if count < 2:
            break
        merges.append(pair)
        a, b = pair
        for i in sorted(where.pop(pair, ())):
            sym = words[i]
            f = freqs[i]
            for p in zip(sym, sym[1:], strict=False):  # remove this word's old pairs
                pair_counts[p] -= f
                if pair_counts[p] <= 0:
                    del pair_counts[p]
                if p in where and p != pair:
                    where[p].discard(i)
            merged: list[str] = []
            j = 0
            while j < len(sym):
                if j + 1 < len(sym) and sym[j] == a and sym[j + 1] == b:
                    merged.append(a + b)
                    j += 2
                else:
                    merged.append(sym[j])
                    j += 1
            words[i] = merged
            for p in zip(merged, merged[1:], strict=False):  # add its new pairs
                pair_counts[p] = pair_counts.get(p, 0) + f
                where.setdefault(p, set()).add(i)
        pair_counts.pop(pair, None)
    return merges


def build_clip_tokenizer_files(folder: Path) -> None:
    """Write vocab.json, merges.txt, tokenizer_config.json, special_tokens_map.json (CLIP)."""
    merges = _learn_bpe(_clip_word_counts(), num_merges=2000)

    # CLIP vocabulary order: 256 byte chars, the same with </w>, merge results, then specials.
    base = list(_bytes_to_unicode().values())
    vocab: dict[str, int] = {}
    for t in base + [c + "</w>" for c in base]:
        vocab[t] = len(vocab)
    kept: list[tuple[str, str]] = []
    for a, b in merges:
        if a in vocab and b in vocab and (a + b) not in vocab:
            vocab[a + b] = len(vocab)
            kept.append((a, b))
    n_regular = CLIP_TEXT_CONFIG["vocab_size"] - 2
    filler = 0
    while len(vocab) < n_regular:  # unreachable entries so that ids match the real 49408 table
        vocab[f"<|unused{filler}|></w>"] = len(vocab)
        filler += 1
    vocab["<|startoftext|>"] = len(vocab)  # 49406
    vocab["<|endoftext|>"] = len(vocab)  # 49407

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (folder / "merges.txt").write_text(
        "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in kept), encoding="utf-8"
    )

    def added(content: str) -> dict:
        return {
            "__type": "AddedToken",
            "content": content,
            "lstrip": False,
            "normalized": True,
            "rstrip": False,
            "single_word": False,
        }

    _write_json(
        folder / "special_tokens_map.json",
        {
            "bos_token": "<|startoftext|>",
            "eos_token": "<|endoftext|>",
            "unk_token": "<|endoftext|>",
            "pad_token": "<|endoftext|>",
        },
    )
    _write_json(
        folder / "tokenizer_config.json",
        {
            "unk_token": added("<|endoftext|>"),
            "bos_token": added("<|startoftext|>"),
            "eos_token": added("<|endoftext|>"),
            "pad_token": "<|endoftext|>",
            "add_prefix_space": False,
            "errors": "replace",
            "do_lower_case": True,
            "model_max_length": 77,
            "tokenizer_class": "CLIPTokenizer",
        },
    )


def _clip_preprocessor_config(legacy: bool) -> dict:
    if legacy:
        # The pre-2022 "feature extractor" form (what very old saves contain).
        return {
            "crop_size": 224,
            "do_center_crop": True,
            "do_normalize": True,
            "do_resize": True,
            "feature_extractor_type": "CLIPFeatureExtractor",
            "image_mean": CLIP_MEAN,
            "image_std": CLIP_STD,
            "resample": 3,
            "size": 224,
        }
    return {
        "crop_size": {"height": 224, "width": 224},
        "do_center_crop": True,
        "do_convert_rgb": True,
        "do_normalize": True,
        "do_rescale": True,
        "do_resize": True,
        "image_mean": CLIP_MEAN,
        "image_processor_type": "CLIPImageProcessor",
        "image_std": CLIP_STD,
        "resample": 3,  # PIL bicubic
        "rescale_factor": 1 / 255,
        "size": {"shortest_edge": 224},
    }


def build_image_replica(
    folder: Path,
    seed: int = 0,
    *,
    weights: str = "safetensors",
    legacy_preprocessor_config: bool = False,
) -> Path:
    """Build a random-weight replica of ``sentence-transformers/clip-ViT-B-32`` into ``folder``.

    ``folder`` must be empty or absent.  Returns ``folder``.  About 605 MB on disk.
    """
    import torch
    from transformers import CLIPConfig, CLIPModel

    folder = _prepare(folder)
    module_dir = folder / "0_CLIPModel"
    module_dir.mkdir()

    config = CLIPConfig(
        text_config=dict(CLIP_TEXT_CONFIG),
        vision_config=dict(CLIP_VISION_CONFIG),
        projection_dim=512,
        logit_scale_init_value=2.6592,
        initializer_factor=1.0,
    )
    config.architectures = ["CLIPModel"]
    with torch.random.fork_rng(devices=[]), torch.no_grad():
        torch.manual_seed(seed)
        model = CLIPModel(config).eval()
    _save_weights(model, module_dir, weights)
    del model

    _write_json(
        module_dir / "preprocessor_config.json",
        _clip_preprocessor_config(legacy_preprocessor_config),
    )
    build_clip_tokenizer_files(module_dir)

    _write_json(
        folder / "modules.json",
        [
            {
                "idx": 0,
                "name": "0",
                "path": "0_CLIPModel",
                "type": "sentence_transformers.models.CLIPModel",
            }
        ],
    )
    _write_json(folder / "config_sentence_transformers.json", _ST_CONFIG)
    (folder / "README.md").write_text(_readme(IMAGE_REPO_ID), encoding="utf-8")
    (folder / ".gitattributes").write_text(_GITATTRIBUTES, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------------------
# Multilingual WordPiece tokenizer
# --------------------------------------------------------------------------------------

# Small vocabularies of real words per script, so the trained pieces look natural.
_ML_WORDS = {
    "en": _EN_WORDS,
    "de": """
    ein eine der die das Hund Katze Strand Sonnenuntergang rot
    grün blau gelb Kreis Quadrat Dreieck Stern Foto Bild von mit
    am im auf unter Haus Stadt Berg Baum Blume Himmel Familie
    Kinder Geburtstag großer kleiner schöner über Straße Fluss
    Meer Winter Sommer Frühling Herbst Schnee
    """.split(),
    "fr": """
    un une le la les chien chat plage coucher soleil rouge vert
    bleu jaune cercle carré triangle étoile photo image de avec
    sur sous maison ville montagne arbre fleur ciel famille
    enfants anniversaire été hiver printemps automne neige
    rivière mer forêt très beau
    """.split(),
    "es": """
    un una el la los las perro gato playa atardecer rojo verde
    azul amarillo círculo cuadrado triángulo estrella foto
    imagen de con en sobre bajo casa ciudad montaña árbol flor
    cielo familia niños cumpleaños verano invierno primavera
    otoño nieve río mar bosque
    """.split(),
    "ru": """
    собака кошка пляж закат красный зелёный синий жёлтый круг
    квадрат треугольник звезда фото снимок изображение с на под
    над дом город гора дерево цветок небо семья дети день
    рождения лето зима весна осень снег река море лес очень
    красивый
    """.split(),
    "ar": """
    كلب قطة شاطئ غروب الشمس أحمر أخضر أزرق أصفر دائرة مربع مثلث
    نجمة صورة مع على تحت بيت مدينة جبل شجرة زهرة سماء عائلة
    أطفال عيد ميلاد صيف شتاء ربيع خريف ثلج نهر بحر غابة جميل جدا
    """.split(),
    "el": """
    σκύλος γάτα παραλία ηλιοβασίλεμα κόκκινο πράσινο μπλε
    κίτρινο κύκλος τετράγωνο τρίγωνο αστέρι φωτογραφία σπίτι
    πόλη βουνό δέντρο λουλούδι ουρανός οικογένεια
    """.split(),
    "he": """
    כלב חתול חוף שקיעה אדום ירוק כחול צהוב עיגול ריבוע משולש
    כוכב תמונה בית עיר הר עץ פרח
    """.split(),
    "hi": """
    कुत्ता बिल्ली समुद्र तट सूर्यास्त लाल हरा नीला पीला वृत्त
    वर्ग त्रिभुज तारा फोटो घर शहर पहाड़ पेड़ फूल
    """.split(),
    "tr": """
    köpek kedi plaj gün batımı kırmızı yeşil mavi sarı daire
    kare üçgen yıldız fotoğraf ev şehir dağ
    """.split(),
    "pl": """
    pies kot plaża zachód słońca czerwony zielony niebieski
    żółty koło kwadrat trójkąt gwiazda zdjęcie
    """.split(),
    "vi": """
    con chó mèo bãi biển hoàng hôn màu đỏ xanh lá xanh dương
    vàng hình tròn vuông tam giác ngôi sao ảnh
    """.split(),
    "th": """
    สุนัข แมว ชายหาด พระอาทิตย์ตก สีแดง สีเขียว สีน้ำเงิน
    สีเหลือง วงกลม สี่เหลี่ยม สามเหลี่ยม ดาว รูปภาพ
    """.split(),
    "ko": """
    개 고양이 해변 일몰 빨간 초록 파란 노란 원 사각형 삼각형 별 사진 집 도시 산 나무 꽃 하늘 가족
    """.split(),
}
# CJK: characters are split one by one by the BERT normaliser, so words do not matter.
_CJK_TEXT = (
    "一只狗在海滩上日落红色绿色蓝色黄色的圆形正方形三角形星星照片图像家庭孩子生日聚会城市山树花天空"
    "赤い緑の青い黄色の円四角形三角形星写真画像犬猫海辺夕日家族子供誕生日パーティー東京の街山木花空"
    "ひらがなカタカナ"
)

# Unicode blocks whose letters all get a piece (and a ##piece), so no word becomes [UNK].
_BLOCKS = [
    (0x0021, 0x007E),  # ASCII printable
    (0x00A1, 0x024F),  # Latin-1 supplement, Latin extended A/B
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF),  # Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x0E00, 0x0E7F),  # Thai
    (0x1E00, 0x1EFF),  # Latin extended additional (Vietnamese)
    (0x2000, 0x206F),  # General punctuation
    (0x20A0, 0x20CF),  # Currency
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF01, 0xFF5E),  # Full-width forms
]
_CJK_BLOCKS = [
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
]  # split per character by the normaliser: no ## forms


def build_wordpiece_vocab() -> list[str]:
    """Return the 119547-entry cased multilingual WordPiece vocabulary (mBERT-like id layout).

    Built directly (not with ``tokenizers``' trainer, whose tie-breaking is not reproducible):
    whole words of several languages, their short ``##`` suffixes, every letter of the common
    scripts alone and as ``##`` piece (so no word in those scripts becomes ``[UNK]``), every CJK
    ideograph, then ``[unusedN]`` fillers up to the real size.
    """
    # distilbert-base-multilingual-cased layout: [PAD]=0, [unused1..99], [UNK]=100, [CLS]=101,
    # [SEP]=102, [MASK]=103, then the regular pieces.
    vocab: list[str] = (
        ["[PAD]"] + [f"[unused{i}]" for i in range(1, 100)] + ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    )
    seen = set(vocab)

    def add(token: str) -> None:
        if token not in seen:
            seen.add(token)
            vocab.append(token)

    words = sorted({w.strip(".,!?") for ws in _ML_WORDS.values() for w in ws} - {""})
    for w in words:
        add(w)
        add(w[:1].upper() + w[1:])
    for w in words:
        for k in range(2, 5):
            if len(w) > k:
                add("##" + w[-k:])
    for lo, hi in _BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch.isprintable() and not ch.isspace():
                add(ch)
                add("##" + ch)
    for ch in _CJK_TEXT:
        add(ch)
    for lo, hi in _CJK_BLOCKS:
        for cp in range(lo, hi + 1):
            add(chr(cp))
    size = DISTILBERT_CONFIG["vocab_size"]
    if len(vocab) > size:
        raise AssertionError(f"WordPiece vocabulary too large: {len(vocab)}")
    unused = 100
    while len(vocab) < size:
        add(f"[unused{unused}]")
        unused += 1
    return vocab


def build_wordpiece_tokenizer_files(folder: Path) -> None:
    """Write vocab.txt, tokenizer.json, tokenizer_config.json, special_tokens_map.json."""
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece

    vocab = build_wordpiece_vocab()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("".join(t + "\n" for t in vocab), encoding="utf-8")

    ids = {t: i for i, t in enumerate(vocab)}
    tok = Tokenizer(
        WordPiece(
            ids, unk_token="[UNK]", continuing_subword_prefix="##", max_input_chars_per_word=100
        )
    )
    tok.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=False
    )
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS]:0 $A:0 [SEP]:0",
        pair="[CLS]:0 $A:0 [SEP]:0 $B:1 [SEP]:1",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])],
    )
    tok.decoder = decoders.WordPiece(prefix="##")
    from tokenizers import AddedToken

    tok.add_special_tokens(
        [
            AddedToken(t, normalized=False, special=True)
            for t in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
        ]
    )
    tok.save(str(folder / "tokenizer.json"))

    _write_json(
        folder / "special_tokens_map.json",
        {
            "unk_token": "[UNK]",
            "sep_token": "[SEP]",
            "pad_token": "[PAD]",
            "cls_token": "[CLS]",
            "mask_token": "[MASK]",
        },
    )
    _write_json(
        folder / "tokenizer_config.json",
        {
            "do_lower_case": False,
            "unk_token": "[UNK]",
            "sep_token": "[SEP]",
            "pad_token": "[PAD]",
            "cls_token": "[CLS]",
            "mask_token": "[MASK]",
            "tokenize_chinese_chars": True,
            "strip_accents": None,
            "model_max_length": 512,
            "tokenizer_class": "DistilBertTokenizer",
        },
    )


def build_text_replica(folder: Path, seed: int = 0, *, weights: str = "safetensors") -> Path:
    """Build a random-weight replica of ``sentence-transformers/clip-ViT-B-32-multilingual-v1``.

    ``folder`` must be empty or absent.  Returns ``folder``.  About 540 MB on disk.
    """
    import torch
    from torch import nn
    from transformers import DistilBertConfig, DistilBertModel

    try:  # sentence-transformers >= 5.4 layout; the old path still works but warns
        from sentence_transformers.base.modules.dense import Dense
    except ImportError:  # pragma: no cover
        from sentence_transformers.models import Dense

    folder = _prepare(folder)
    tr_dir = folder / "0_Transformer"
    tr_dir.mkdir()

    config = DistilBertConfig(**DISTILBERT_CONFIG)
    config.architectures = ["DistilBertModel"]
    with torch.random.fork_rng(devices=[]), torch.no_grad():
        torch.manual_seed(seed)
        model = DistilBertModel(config).eval()
        dense = Dense(768, EMBEDDING_DIM, bias=False, activation_function=nn.Identity())
    _save_weights(model, tr_dir, weights)
    del model
    build_wordpiece_tokenizer_files(tr_dir)
    _write_json(
        tr_dir / "sentence_bert_config.json", {"max_seq_length": 128, "do_lower_case": False}
    )

    _write_json(
        folder / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": 768,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    )

    dense_dir = folder / "2_Dense"
    dense_dir.mkdir()
    if weights == "safetensors":
        dense.save(str(dense_dir))  # config.json + model.safetensors ("linear.weight")
    else:
        dense.save_config(str(dense_dir))
        torch.save(dense.state_dict(), dense_dir / "pytorch_model.bin")

    _write_json(
        folder / "modules.json",
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
    _write_json(folder / "config_sentence_transformers.json", _ST_CONFIG)
    (folder / "README.md").write_text(_readme(TEXT_REPO_ID), encoding="utf-8")
    (folder / ".gitattributes").write_text(_GITATTRIBUTES, encoding="utf-8")
    return folder


def folder_size(folder: Path) -> int:
    """Total size in bytes of the files under ``folder``."""
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
