"""Synthetic, photo-like test images and multilingual captions.

Used by ``tests/models/build_tiny_models.py`` (to train the tiny CLIP fixtures)
and by the project's tests (to build photo folders whose content is known).

Every image shows exactly one coloured shape (``COLOURS`` x ``SHAPES``) on a
light, noisy, gradient background.  Captions describe such images in the eight
``LANGUAGES`` with correct grammar (gender, case, adjective order).
"""

from __future__ import annotations

import io
import math
import pathlib
from collections.abc import Iterable, Sequence

import numpy as np
from PIL import Image, ImageDraw

COLOURS = ("red", "green", "blue", "yellow")
SHAPES = ("circle", "square", "triangle", "star")
LANGUAGES = ("en", "de", "es", "fr", "zh", "ja", "ru", "ar")

# --------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------

# Base RGB of each colour; a per-image jitter is added so that colours vary a little.
_RGB = {
    "red": (214, 36, 36),
    "green": (34, 160, 52),
    "blue": (36, 72, 214),
    "yellow": (242, 206, 24),
}

_NOISE_TILE = 256  # side of the (tiled) noise pattern; keeps 12 MP images fast


def _shape_polygon(
    shape: str, cx: float, cy: float, size: float, angle: float
) -> list[tuple[float, float]]:
    """Vertices of ``shape`` (not circle) with nominal ``size`` (square side, circumscribed
    diameter of triangle and star) centred at ``(cx, cy)`` and rotated by ``angle`` radians."""
    if shape == "square":
        radius = size / math.sqrt(2.0)
        pts = [(radius, math.pi / 4 + k * math.pi / 2) for k in range(4)]
    elif shape == "triangle":
        radius = size / 2.0
        pts = [(radius, -math.pi / 2 + k * 2 * math.pi / 3) for k in range(3)]
    elif shape == "star":
        radius = size / 2.0
        pts = [
            (radius if k % 2 == 0 else radius * 0.42, -math.pi / 2 + k * math.pi / 5)
            for k in range(10)
        ]
    else:  # pragma: no cover - guarded by caller
        raise ValueError(shape)
    return [(cx + r * math.cos(a + angle), cy + r * math.sin(a + angle)) for r, a in pts]


def _circumradius(shape: str, size: float) -> float:
    return size / math.sqrt(2.0) if shape == "square" else size / 2.0


def make_photo(
    colour: str, shape: str, *, width: int = 640, height: int = 480, seed: int = 0
) -> Image.Image:
    """Return an RGB photo-like image of one ``colour`` ``shape``.

    The background is light, with a random gradient, tint and pixel noise.  The shape
    measures 10-60 % of the short side, is randomly rotated and lies entirely inside the
    centred square of side ``min(width, height)``, so a centre crop keeps it whole.
    The result is deterministic for ``(colour, shape, width, height, seed)``.
    """
    if colour not in _RGB:
        raise ValueError(f"unknown colour {colour!r}; expected one of {COLOURS}")
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; expected one of {SHAPES}")
    width, height = int(width), int(height)
    if width < 8 or height < 8:
        raise ValueError("image must be at least 8x8 pixels")
    rng = np.random.default_rng(seed)

    # Background: a small gradient image (light base + tint + linear gradient) upscaled
    # by PIL, then tiled noise added. Everything is O(pixels) in C / numpy.
    base = rng.uniform(200.0, 238.0)
    tint = rng.uniform(-14.0, 14.0, size=3)
    theta = rng.uniform(0.0, 2.0 * math.pi)
    strength = rng.uniform(6.0, 28.0)
    gh, gw = 12, 16
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    ramp = (
        math.cos(theta) * (xx / (gw - 1) - 0.5) + math.sin(theta) * (yy / (gh - 1) - 0.5)
    ) * strength
    small = np.clip(base + tint[None, None, :] + ramp[:, :, None], 0, 255).astype(np.uint8)
    img = Image.fromarray(small, "RGB").resize((width, height), Image.Resampling.BILINEAR)

    # Shape.
    short = min(width, height)
    size = rng.uniform(0.10, 0.60) * short
    radius = _circumradius(shape, size)
    x0 = (width - short) / 2.0
    y0 = (height - short) / 2.0
    margin = radius + 1.0
    cx = rng.uniform(x0 + margin, x0 + short - margin) if short > 2 * margin else x0 + short / 2.0
    cy = rng.uniform(y0 + margin, y0 + short - margin) if short > 2 * margin else y0 + short / 2.0
    angle = rng.uniform(0.0, 2.0 * math.pi)
    jitter = rng.integers(-12, 13, size=3)
    fill = tuple(int(v) for v in np.clip(np.array(_RGB[colour]) + jitter, 0, 255))
    draw = ImageDraw.Draw(img)
    if shape == "circle":
        r = size / 2.0
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    else:
        draw.polygon(_shape_polygon(shape, cx, cy, size, angle), fill=fill)

    # Pixel noise: a random tile, repeated with a random offset, added as int16.
    sigma = rng.uniform(2.0, 7.0)
    tile = np.clip(rng.normal(0.0, sigma, size=(_NOISE_TILE, _NOISE_TILE, 1)), -127, 127).astype(
        np.int16
    )
    oy, ox = (int(v) for v in rng.integers(0, _NOISE_TILE, size=2))
    reps = (-(-(height + oy) // _NOISE_TILE), -(-(width + ox) // _NOISE_TILE), 1)
    noise = np.tile(tile, reps)[oy : oy + height, ox : ox + width]
    arr = np.asarray(img, dtype=np.int16)
    arr += noise
    np.clip(arr, 0, 255, out=arr)
    return Image.fromarray(arr.astype(np.uint8), "RGB")


# --------------------------------------------------------------------------------------
# Captions
# --------------------------------------------------------------------------------------

# Each table returns (phrases, sentences) for a (colour, shape) pair where either may be None.


def _en(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        np_ = f"{c} {s}"
        return [np_, f"a {np_}"], [
            f"a photo of a {np_}",
            f"a picture of a {np_}",
            f"an image of a {np_}",
        ]
    if c:
        return [c, f"something {c}"], [f"a photo of something {c}", f"a picture of something {c}"]
    return [s, f"a {s}"], [f"a photo of a {s}", f"a picture of a {s}", f"an image of a {s}"]


_DE_NOUN = {
    "circle": ("Kreis", "m"),
    "square": ("Quadrat", "n"),
    "triangle": ("Dreieck", "n"),
    "star": ("Stern", "m"),
}
_DE_ADJ = {"red": "rot", "green": "grün", "blue": "blau", "yellow": "gelb"}
_DE_NOM_STRONG = {"m": "er", "n": "es"}  # roter Kreis / grünes Quadrat


def _de(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        noun, g = _DE_NOUN[s]
        adj = _DE_ADJ[c]
        nom = f"{adj}{_DE_NOM_STRONG[g]} {noun}"
        dat = f"einem {adj}en {noun}"
        return [nom, f"ein {nom}"], [f"ein Foto von {dat}", f"ein Bild von {dat}"]
    if c:
        adj = _DE_ADJ[c]
        cap = adj.capitalize()
        return [adj, f"etwas {cap}es"], [f"ein Foto von etwas {cap}em", f"ein Bild in {cap}"]
    noun, _ = _DE_NOUN[s]
    return [noun, f"ein {noun}"], [f"ein Foto von einem {noun}", f"ein Bild von einem {noun}"]


_ES_NOUN = {
    "circle": ("círculo", "m"),
    "square": ("cuadrado", "m"),
    "triangle": ("triángulo", "m"),
    "star": ("estrella", "f"),
}
_ES_ADJ = {
    "red": ("rojo", "roja"),
    "green": ("verde", "verde"),
    "blue": ("azul", "azul"),
    "yellow": ("amarillo", "amarilla"),
}


def _es(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        noun, g = _ES_NOUN[s]
        adj = _ES_ADJ[c][0 if g == "m" else 1]
        art = "un" if g == "m" else "una"
        np_ = f"{noun} {adj}"
        return [np_, f"{art} {np_}"], [f"una foto de {art} {np_}", f"una imagen de {art} {np_}"]
    if c:
        adj = _ES_ADJ[c][0]
        return [adj, f"color {adj}"], [f"una foto de algo {adj}", f"una imagen de color {adj}"]
    noun, g = _ES_NOUN[s]
    art = "un" if g == "m" else "una"
    return [noun, f"{art} {noun}"], [f"una foto de {art} {noun}", f"una imagen de {art} {noun}"]


_FR_NOUN = {
    "circle": ("cercle", "m"),
    "square": ("carré", "m"),
    "triangle": ("triangle", "m"),
    "star": ("étoile", "f"),
}
_FR_ADJ = {
    "red": ("rouge", "rouge"),
    "green": ("vert", "verte"),
    "blue": ("bleu", "bleue"),
    "yellow": ("jaune", "jaune"),
}


def _fr(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        noun, g = _FR_NOUN[s]
        adj = _FR_ADJ[c][0 if g == "m" else 1]
        art = "un" if g == "m" else "une"
        np_ = f"{noun} {adj}"
        return [np_, f"{art} {np_}"], [f"une photo d'{art} {np_}", f"une image d'{art} {np_}"]
    if c:
        adj = _FR_ADJ[c][0]
        return [adj, f"couleur {adj}"], [
            f"une photo de quelque chose de {adj}",
            f"une image de quelque chose de {adj}",
        ]
    noun, g = _FR_NOUN[s]
    art = "un" if g == "m" else "une"
    return [noun, f"{art} {noun}"], [f"une photo d'{art} {noun}", f"une image d'{art} {noun}"]


_ZH_COLOUR = {"red": "红色", "green": "绿色", "blue": "蓝色", "yellow": "黄色"}
_ZH_SHAPE = {
    "circle": ("圆形", "圆"),
    "square": ("正方形", "方形"),
    "triangle": ("三角形", "三角"),
    "star": ("星形", "五角星"),
}


def _zh(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        col = _ZH_COLOUR[c]
        main, alt = _ZH_SHAPE[s]
        np_ = f"{col}{main}"
        return [np_, f"{col}的{main}", f"{col}的{alt}"], [f"一张{np_}的照片", f"一张{np_}的图片"]
    if c:
        col = _ZH_COLOUR[c]
        return [col, f"{col}的东西"], [f"一张{col}物体的照片", f"一张{col}东西的图片"]
    main, alt = _ZH_SHAPE[s]
    return [main, alt, f"一个{main}"], [f"一张{main}的照片", f"一张{main}的图片"]


# Japanese: i-adjective forms where they exist (赤い, 青い, 黄色い); 緑 takes の.
_JA_COLOUR = {
    "red": ("赤", "赤い", "赤色の"),
    "green": ("緑", "緑の", "緑色の"),
    "blue": ("青", "青い", "青色の"),
    "yellow": ("黄色", "黄色い", "黄色の"),
}
_JA_COLOUR_ONLY = {
    "red": ("赤", "赤色"),
    "green": ("緑", "緑色"),
    "blue": ("青", "青色"),
    "yellow": ("黄色", "黄色いもの"),
}
_JA_SHAPE = {
    "circle": ("円", "丸"),
    "square": ("正方形", "四角形"),
    "triangle": ("三角形", "三角"),
    "star": ("星", "星形"),
}


def _ja(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        _, adj, adj2 = _JA_COLOUR[c]
        main, alt = _JA_SHAPE[s]
        np_ = f"{adj}{main}"
        return [np_, f"{adj2}{main}", f"{adj}{alt}"], [f"{np_}の写真", f"{np_}の画像"]
    if c:
        _, adj, _ = _JA_COLOUR[c]
        thing = f"{adj}もの"
        return list(_JA_COLOUR_ONLY[c]), [f"{thing}の写真", f"{thing}の画像"]
    main, alt = _JA_SHAPE[s]
    return [main, alt], [f"{main}の写真", f"{main}の画像"]


# Russian adjectives: (nom. masc, nom. fem, gen. masc, gen. fem); ё-less spellings as variants.
_RU_ADJ = {
    "red": ("красный", "красная", "красного", "красной"),
    "green": ("зелёный", "зелёная", "зелёного", "зелёной"),
    "blue": ("синий", "синяя", "синего", "синей"),
    "yellow": ("жёлтый", "жёлтая", "жёлтого", "жёлтой"),
}
_RU_NOUN = {
    "circle": ("круг", "круга", "m"),
    "square": ("квадрат", "квадрата", "m"),
    "triangle": ("треугольник", "треугольника", "m"),
    "star": ("звезда", "звезды", "f"),
}


def _ru(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        nom_n, gen_n, g = _RU_NOUN[s]
        nm, nf, gm, gf = _RU_ADJ[c]
        nom = f"{nm if g == 'm' else nf} {nom_n}"
        gen = f"{gm if g == 'm' else gf} {gen_n}"
        phrases = [nom]
        if "ё" in nom:
            phrases.append(nom.replace("ё", "е"))
        return phrases, [f"фотография {gen}", f"фото {gen}", f"изображение {gen}"]
    if c:
        nm, _, gm, _ = _RU_ADJ[c]
        phrases = [nm, f"{nm} цвет"]
        if "ё" in nm:
            phrases.append(nm.replace("ё", "е"))
        return phrases, [f"фотография чего-то {gm}", f"фото чего-то {gm}"]
    nom_n, gen_n, _ = _RU_NOUN[s]
    return [nom_n], [f"фотография {gen_n}", f"фото {gen_n}", f"изображение {gen_n}"]


# Arabic: adjective agrees in gender with the noun (أحمر / حمراء).
_AR_ADJ = {
    "red": ("أحمر", "حمراء"),
    "green": ("أخضر", "خضراء"),
    "blue": ("أزرق", "زرقاء"),
    "yellow": ("أصفر", "صفراء"),
}
_AR_DEF_ADJ = {
    "red": ("الأحمر", "الحمراء"),
    "green": ("الأخضر", "الخضراء"),
    "blue": ("الأزرق", "الزرقاء"),
    "yellow": ("الأصفر", "الصفراء"),
}
_AR_NOUN = {
    "circle": ("دائرة", "f"),
    "square": ("مربع", "m"),
    "triangle": ("مثلث", "m"),
    "star": ("نجمة", "f"),
}


def _ar(c: str | None, s: str | None) -> tuple[list[str], list[str]]:
    if c and s:
        noun, g = _AR_NOUN[s]
        i = 0 if g == "m" else 1
        np_ = f"{noun} {_AR_ADJ[c][i]}"
        definite = f"ال{noun} {_AR_DEF_ADJ[c][i]}"
        return [np_, definite], [f"صورة {np_}", f"صورة ل{np_}"]
    if c:
        m = _AR_ADJ[c][0]
        return [m, f"اللون {_AR_DEF_ADJ[c][0]}"], [
            f"صورة شيء {m}",
            f"صورة باللون {_AR_DEF_ADJ[c][0]}",
        ]
    noun, _ = _AR_NOUN[s]
    return [noun, f"ال{noun}"], [f"صورة {noun}", f"صورة ل{noun}"]


_TABLES = {"en": _en, "de": _de, "es": _es, "fr": _fr, "zh": _zh, "ja": _ja, "ru": _ru, "ar": _ar}


def _check(lang: str, colour: str | None, shape: str | None) -> None:
    if lang not in _TABLES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    if colour is None and shape is None:
        raise ValueError("need a colour, a shape or both")
    if colour is not None and colour not in COLOURS:
        raise ValueError(f"unknown colour {colour!r}")
    if shape is not None and shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}")


def phrases(lang: str, colour: str | None, shape: str | None) -> list[str]:
    """Noun-phrase captions ("red circle", "a red circle", ...)."""
    _check(lang, colour, shape)
    return list(_TABLES[lang](colour, shape)[0])


def sentences(lang: str, colour: str | None, shape: str | None) -> list[str]:
    """Sentence captions ("a photo of a red circle", ...)."""
    _check(lang, colour, shape)
    return list(_TABLES[lang](colour, shape)[1])


def captions(lang: str, colour: str | None, shape: str | None) -> list[str]:
    """All caption variants for ``colour`` and/or ``shape`` in ``lang``.

    Noun phrases come first, then sentences."""
    _check(lang, colour, shape)
    p, s = _TABLES[lang](colour, shape)
    return [*p, *s]


def caption(lang: str, colour: str | None, shape: str | None, sentence: bool = False) -> str:
    """The first (most natural) caption: a noun phrase, or with ``sentence=True`` a sentence."""
    return (sentences if sentence else phrases)(lang, colour, shape)[0]


def caption_classes() -> list[tuple[str | None, str | None]]:
    """All (colour, shape) targets a query can have: 16 pairs, 4 colours, 4 shapes."""
    out: list[tuple[str | None, str | None]] = [(c, s) for c in COLOURS for s in SHAPES]
    out += [(c, None) for c in COLOURS]
    out += [(None, s) for s in SHAPES]
    return out


def matches(query_colour: str | None, query_shape: str | None, colour: str, shape: str) -> bool:
    """Whether a photo of ``colour`` ``shape`` is a hit for a query about
    ``query_colour`` and/or ``query_shape`` (``None`` matches anything)."""
    return (query_colour is None or query_colour == colour) and (
        query_shape is None or query_shape == shape
    )


QUERIES: dict[str, list[tuple[str, str | None, str | None]]] = {
    lang: [(caption(lang, c, s), c, s) for c, s in caption_classes()] for lang in LANGUAGES
}


# --------------------------------------------------------------------------------------
# Photo folders
# --------------------------------------------------------------------------------------

DEFAULT_SIZES: tuple[tuple[int, int], ...] = (
    (100, 75),
    (160, 120),
    (240, 320),
    (480, 360),
    (640, 480),
    (800, 800),
    (1024, 576),
    (768, 1024),
    (1600, 1200),
    (4000, 3000),
)

_SAVE_KW = {
    "jpg": ("JPEG", {"quality": 90}),
    "jpeg": ("JPEG", {"quality": 90}),
    "png": ("PNG", {"compress_level": 1}),
    "webp": ("WEBP", {"quality": 85, "method": 0}),
}


def encode_image(img: Image.Image, fmt: str, **kwargs) -> bytes:
    """Encode ``img`` as ``fmt`` (jpg/png/webp) and return the bytes."""
    pil_fmt, kw = _SAVE_KW[fmt.lower()]
    buf = io.BytesIO()
    img.save(buf, pil_fmt, **{**kw, **kwargs})
    return buf.getvalue()


# EXIF orientation -> transpose that *stores* an upright image so that
# ``ImageOps.exif_transpose`` turns it upright again.
_STORE_FOR_ORIENTATION = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def save_with_orientation(
    img: Image.Image, path: str | pathlib.Path, orientation: int, *, quality: int = 90
) -> None:
    """Save ``img`` as a JPEG whose pixels are rotated and whose EXIF Orientation tag
    (3, 6 or 8) says how to rotate them back: ``ImageOps.exif_transpose`` of the file
    gives ``img`` again (up to JPEG loss)."""
    if orientation not in _STORE_FOR_ORIENTATION:
        raise ValueError("orientation must be 3, 6 or 8")
    stored = img.transpose(_STORE_FOR_ORIENTATION[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.save(path, "JPEG", quality=quality, exif=exif.tobytes())


def write_photo_collection(
    folder: str | pathlib.Path,
    per_class: int,
    *,
    seed: int = 0,
    sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES,
    formats: Iterable[str] = ("jpg", "png", "webp"),
    colours: Sequence[str] = COLOURS,
    shapes: Sequence[str] = SHAPES,
) -> dict[pathlib.Path, tuple[str, str]]:
    """Write ``per_class`` photos of every colour x shape into ``folder``.

    Sizes and formats cycle through ``sizes`` / ``formats`` (offset per class so every
    class gets a mix), the order of files is shuffled, and the names (``IMG_0001.jpg``...)
    reveal nothing about the content.  Returns ``{path: (colour, shape)}``.
    """
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    formats = tuple(formats)
    sizes = tuple(sizes)
    if not formats or not sizes:
        raise ValueError("need at least one format and one size")
    rng = np.random.default_rng(seed)
    jobs = []
    for ci, colour in enumerate(colours):
        for si, shape in enumerate(shapes):
            k = ci * len(shapes) + si
            for i in range(per_class):
                jobs.append(
                    (
                        colour,
                        shape,
                        sizes[(i + k) % len(sizes)],
                        formats[(i + 2 * k) % len(formats)],
                    )
                )
    order = rng.permutation(len(jobs))
    out: dict[pathlib.Path, tuple[str, str]] = {}
    for n, j in enumerate(order, start=1):
        colour, shape, (w, h), fmt = jobs[j]
        img = make_photo(colour, shape, width=w, height=h, seed=int(rng.integers(0, 2**31 - 1)))
        ext = "jpg" if fmt == "jpeg" else fmt
        path = folder / f"IMG_{n:04d}.{ext}"
        path.write_bytes(encode_image(img, fmt))
        out[path] = (colour, shape)
    return out


__all__ = [
    "COLOURS",
    "SHAPES",
    "LANGUAGES",
    "QUERIES",
    "DEFAULT_SIZES",
    "make_photo",
    "caption",
    "captions",
    "phrases",
    "sentences",
    "caption_classes",
    "matches",
    "encode_image",
    "write_photo_collection",
    "save_with_orientation",
]
