"""The duplicate finder's parts: the pixel check, the keeper choice, JPEG quality, and groups
that follow indexing."""

from __future__ import annotations

import io
import random
import shutil

import pytest
from PIL import Image

from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.query import duplicates as dup
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support.copies import DERIVED, burst_frame, derive, write_set
from tests.support.synthetic import make_photo


def print_of(im: Image.Image, **save: object) -> dup.PhotoPrint:
    buf = io.BytesIO()
    im.save(buf, save.pop("format", "JPEG"), **save)
    return dup.make_print(buf.getvalue())


@pytest.mark.parametrize("kind", DERIVED)
def test_derived_copies_are_the_same_picture(kind):
    base = make_photo("blue", "star", seed=11)
    im, options = derive(base, kind, random.Random(3))
    save = {"format": "PNG"} if options.get("format") else {"quality": options["quality"]}
    if "orientation" in options:
        exif = Image.Exif()
        exif[0x0112] = options["orientation"]
        save["exif"] = exif.tobytes()
    diff = dup.difference(print_of(base, quality=92).thumb, print_of(im, **save).thumb)
    assert diff.same_picture(), diff


def test_a_burst_frame_and_another_scene_are_not_the_same_picture():
    base = make_photo("red", "circle", seed=5)
    frame = burst_frame(base, random.Random(1))
    other = make_photo("red", "circle", seed=6)
    a = print_of(base).thumb
    assert not dup.difference(a, print_of(frame).thumb).same_picture()
    assert not dup.difference(a, print_of(other).thumb).same_picture()


@pytest.mark.parametrize("quality", [40, 60, 75, 92])
def test_jpeg_quality_is_estimated_from_the_file(quality):
    p = print_of(make_photo("green", "square", seed=1), quality=quality)
    assert abs(p.quality - quality) <= 2


def member(path: str, w: int, h: int, quality: int | None, exif: bool, mtime: int) -> dup.Member:
    return dup.Member(path, 1000, mtime, path, w, h, None, quality, exif)


def test_keeper_rules_apply_in_order_and_name_the_deciding_one():
    big = member("/a/big.jpg", 4000, 3000, 70, False, 5)
    small = member("/a/small.jpg", 2000, 1500, 95, True, 1)
    assert dup.choose_keeper([small, big])[0][0] is big
    assert dup.choose_keeper([small, big])[1] == "resolution"
    q60 = member("/a/q60.jpg", 4000, 3000, 60, True, 1)
    q92 = member("/a/q92.jpg", 4000, 3000, 92, False, 9)
    assert dup.choose_keeper([q60, q92]) == ([q92, q60], "compression")
    # A PNG made from a JPEG holds no more than it: metadata decides between them.
    png = member("/a/x.png", 4000, 3000, dup.LOSSLESS, False, 1)
    jpg = member("/a/x.jpg", 4000, 3000, 92, True, 9)
    assert dup.choose_keeper([png, jpg]) == ([jpg, png], "metadata")
    old = member("/b/old.jpg", 4000, 3000, 92, True, 1)
    new = member("/a/new.jpg", 4000, 3000, 92, True, 2)
    assert dup.choose_keeper([new, old]) == ([old, new], "oldest")
    group = dup.Group("near", [old, new], "oldest").with_keeper(new.path)
    assert group.keep is new and group.others == [old]


def test_groups_follow_indexing_and_prints_are_made_once(tmp_path):
    photos = tmp_path / "photos"
    write_set(photos, 2, seed=77, derived=("resize50",), burst=0, lookalikes=0)
    config = LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))
    with Library(config) as library:
        library.indexer().run([library.add_folder(photos)])
        index = library.vector_index()
        first = dup.find_duplicates(library.catalog, index, library.image_model_id)
        assert first.prints_made == 4 and len(first.groups) == 2
        again = dup.find_duplicates(library.catalog, index, library.image_model_id)
        assert again.prints_made == 0 and len(again.groups) == 2
        # A new copy arrives and is indexed: the next look includes it.
        shutil.copy(photos / "p0001-resize50.jpg", photos / "p0001 copy.png")
        Image.open(photos / "p0001.jpg").save(photos / "p0001 export.png")
        library.indexer().run(library.catalog.folders())
        later = dup.find_duplicates(library.catalog, index, library.image_model_id)
        assert later.prints_made == 1  # the exact copy shares its content's print
        group = next(g for g in later.groups if g.keep.path.endswith("p0001.jpg"))
        assert {m.path.rsplit("/", 1)[1] for m in group.others} == {
            "p0001-resize50.jpg", "p0001 copy.png", "p0001 export.png"
        }
        # Only the new content was searched and compared; a first look finds the same.
        cache = dup.cache_path(library.catalog, library.image_model_id)
        assert cache.exists()
        cache.write_bytes(b"not a cache any more")
        cold = dup.find_duplicates(library.catalog, index, library.image_model_id)
        assert [g.as_json() for g in cold.groups] == [g.as_json() for g in later.groups]


def test_a_photo_that_leaves_the_library_leaves_the_cached_pairs(tmp_path):
    photos = tmp_path / "photos"
    write_set(photos, 2, seed=78, derived=("jpeg60", "png"), burst=0, lookalikes=0)
    config = LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))
    with Library(config) as library:
        library.indexer().run([library.add_folder(photos)])
        index = library.vector_index()
        first = dup.find_duplicates(library.catalog, index, library.image_model_id)
        assert sorted(len(g.members) for g in first.groups) == [3, 3]
        (photos / "p0000-png.png").unlink()
        (photos / "p0000-jpeg60.jpg").unlink()
        library.indexer().run(library.catalog.folders())
        later = dup.find_duplicates(library.catalog, index, library.image_model_id)
        assert [g.keep.path.rsplit("/", 1)[1] for g in later.groups] == ["p0001.jpg"]


def test_a_bounded_look_makes_a_share_of_the_prints_and_names_the_rest(tmp_path):
    photos = tmp_path / "photos"
    write_set(photos, 2, seed=79, derived=("png",), burst=0, lookalikes=0)
    config = LibraryConfig(tmp_path / "data", str(TINY_IMAGE), str(TINY_TEXT))
    with Library(config) as library:
        library.indexer().run([library.add_folder(photos)])
        index = library.vector_index()
        first = dup.find_duplicates(library.catalog, index, library.image_model_id, print_limit=3)
        assert len(first.unprinted) == 1  # four contents, three printed
        assert len(first.groups) <= 1  # a pair without both prints cannot be confirmed yet
        rest = dup.find_duplicates(library.catalog, index, library.image_model_id, print_limit=3)
        assert rest.prints_made == 1 and rest.unprinted == []
        assert len(rest.groups) == 2
