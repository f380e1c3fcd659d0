"""SearchRequest and QueryRunner on a catalog of known vectors: exact filters, the cutoff,
query photos left out, exact copies once, browsing by date, more/less like this. Terms here
are library photos, whose stored vectors are used as they are (no model)."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import time
from pathlib import Path

import numpy as np
import pytest

from mclip_desktop.core import images
from mclip_desktop.core.catalog import _SCHEMA_V1, _SCHEMA_V2, Catalog
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.query import DateRange, Filters, Order, QueryRunner, SearchRequest, Term
from mclip_desktop.core.query import run as query_run
from mclip_desktop.core.query.cutoff import Cutoff, calibrate
from mclip_desktop.core.query.run import cutoff_first_k
from mclip_desktop.core.query.terms import parse_term
from mclip_desktop.core.vector_index import VectorIndex
from tests.support import synthetic

MODEL = "test-model"
DIM = 32
CLUSTERS = 20


def _no_model(*args: object) -> np.ndarray:
    raise AssertionError("a stored photo's vector must be reused, not computed")


class Lib:
    def __init__(self, root: Path, per_cluster: int = 50, seed: int = 3) -> None:
        rng = np.random.default_rng(seed)
        self.centres = rng.normal(size=(CLUSTERS, DIM)).astype(np.float32)
        self.catalog = Catalog(root / "catalog.sqlite3")
        self.folders = [self.catalog.add_folder(str(root / f"f{i}")) for i in range(2)]
        self.cluster: dict[str, int] = {}
        self.taken: dict[str, str] = {}
        n = 0
        with self.catalog.transaction():
            for c in range(CLUSTERS):
                for _ in range(per_cluster):
                    folder = self.folders[n % 2]
                    sub = "deep" if n % 10 == 1 else "top"
                    ext = "png" if n % 3 == 0 else "jpg"
                    path = f"{folder.path}/{sub}/p{n:05d}.{ext}"
                    mtime = int(time.mktime((2021, 1 + n % 12, 1 + n % 28, 12, 0, 0, 0, 0, -1)))
                    self.catalog.upsert_pending(folder.id, path, 10, mtime * 10**9)
                    record = self.catalog.file_by_path(path)
                    assert record is not None
                    fp = f"{n:032x}"
                    kind = "png" if ext == "png" else "jpeg"
                    self.catalog.mark_ok(record.id, 10, mtime * 10**9, fp, 1, 1, None, kind=kind)
                    vector = self.centres[c] + 0.35 * rng.normal(size=DIM).astype(np.float32)
                    self.catalog.add_embedding(fp, MODEL, vector)
                    self.cluster[path] = c
                    self.taken[path] = dt.datetime.fromtimestamp(mtime).isoformat()
                    n += 1
        self.index = VectorIndex(root / "index.bin", MODEL, DIM)
        self.index.open(self.catalog)
        self.runner = QueryRunner(self.catalog, lambda: self.index, MODEL, _no_model, _no_model)

    def paths_of(self, cluster: int) -> list[str]:
        return sorted(p for p, c in self.cluster.items() if c == cluster)


@pytest.fixture
def lib(tmp_path: Path) -> Lib:
    lib = Lib(tmp_path)
    yield lib
    lib.catalog.close()


def test_results_end_where_the_cluster_ends(lib):
    example = lib.paths_of(4)[0]
    found = lib.runner.run(SearchRequest(terms=(Term.photo(example),))).items()
    paths = [r.path for r in found]
    assert example not in paths  # a query photo is left out of its own results
    assert sorted(paths) == lib.paths_of(4)[1:]
    assert all(r.relevant for r in found)


def test_a_limit_returns_that_many_and_marks_relevance(lib):
    example = lib.paths_of(7)[0]
    found = lib.runner.run(SearchRequest(terms=(Term.photo(example),), limit=80)).items()
    assert len(found) == 80
    assert {r.path for r in found if r.relevant} == set(lib.paths_of(7)[1:])


@pytest.mark.parametrize("exact_max", [query_run.EXACT_FILTERED_MAX, 0])
def test_filters_are_exact_whichever_way_candidates_are_found(lib, exact_max, monkeypatch):
    monkeypatch.setattr(query_run, "EXACT_FILTERED_MAX", exact_max)
    folder = lib.folders[1].path + "/deep"
    request = SearchRequest(
        terms=(Term.photo(lib.paths_of(2)[0]),),
        filters=Filters(folders=(folder,), types=frozenset({"jpeg"})),
        limit=1000,
    )
    found = lib.runner.run(request).items()
    wanted = [
        p for p in lib.cluster
        if p.startswith(folder + "/") and p.endswith(".jpg") and p != lib.paths_of(2)[0]
    ]  # fmt: skip
    assert wanted and sorted(r.path for r in found) == sorted(wanted)
    scores = [r.score for r in found]
    assert scores == sorted(scores, reverse=True)


def test_date_range_is_inclusive_and_date_order_is_newest_first(lib):
    request = SearchRequest(
        filters=Filters(dates=DateRange(dt.date(2021, 3, 3), dt.date(2021, 3, 27)))
    )
    found = lib.runner.run(request).items()
    wanted = {p for p, t in lib.taken.items() if "2021-03-03" <= t[:10] <= "2021-03-27"}
    assert {r.path for r in found} == wanted
    # Both ends are inclusive.
    assert any(r.taken.startswith("2021-03-27") for r in found)
    assert any(r.taken.startswith("2021-03-03") for r in found)
    taken = [r.taken for r in found]
    assert taken == sorted(taken, reverse=True)
    by_date = lib.runner.run(
        SearchRequest(terms=(Term.photo(lib.paths_of(5)[0]),), order=Order.DATE)
    ).items()
    assert [r.taken for r in by_date] == sorted((r.taken for r in by_date), reverse=True)


def test_browsing_lists_every_photo_newest_first_and_pages_lazily(lib):
    results = lib.runner.run(SearchRequest())
    assert len(results) == len(lib.cluster)
    page = results.items(0, 30)
    assert len(page) == 30
    assert [r.taken for r in page] == sorted(lib.taken.values(), reverse=True)[:30]


def test_exact_copies_are_one_result_with_their_other_paths(lib):
    original = lib.paths_of(9)[3]
    record = lib.catalog.file_by_path(original)
    copy = lib.folders[0].path + "/copies/again.jpg"
    with lib.catalog.transaction():
        lib.catalog.upsert_pending(lib.folders[0].id, copy, 10, 1)
        copy_id = lib.catalog.file_by_path(copy).id
        lib.catalog.mark_ok(copy_id, 10, 1, record.fingerprint, 1, 1, None, kind="jpeg")
    found = lib.runner.run(SearchRequest(terms=(Term.photo(lib.paths_of(9)[0]),))).items()
    together = [r for r in found if original in (r.path, *r.other_paths)]
    assert len(together) == 1 and {together[0].path, *together[0].other_paths} == {original, copy}
    # Filtered to the copy's folder, the copy is the path shown.
    only = lib.runner.run(
        SearchRequest(
            terms=(Term.photo(lib.paths_of(9)[0]),),
            filters=Filters(folders=(lib.folders[0].path + "/copies",)),
        )
    ).items()
    assert [(r.path, r.other_paths) for r in only] == [(copy, (original,))]


def test_less_like_this_pushes_the_marked_cluster_down(lib):
    # A query half-way between two clusters; marking one of them "less like this" leaves
    # the other on top.
    a, b = lib.paths_of(0)[0], lib.paths_of(1)[0]
    request = SearchRequest(terms=(Term.photo(a), Term.photo(b)), limit=40)
    refined = request.refined(less_like=(b,))
    top = [lib.cluster[r.path] for r in lib.runner.run(refined).items()[:20]]
    assert top.count(0) > top.count(1)
    more = request.refined(more_like=(b,))
    top = [lib.cluster[r.path] for r in lib.runner.run(more).items()[:20]]
    assert top.count(1) > top.count(0)


def test_excluded_paths_and_cancelling_terms(lib):
    example = lib.paths_of(3)[0]
    skip = lib.paths_of(3)[1]
    found = lib.runner.run(SearchRequest(terms=(Term.photo(example),), exclude_paths=(skip,)))
    assert skip not in {r.path for r in found.items()}
    with pytest.raises(MclipError, match="cancel"):
        lib.runner.run(SearchRequest(terms=(Term.photo(example), Term.photo(example, -1.0))))


@pytest.mark.parametrize("scale, offset", [(1.0, 0.0), (0.1, 0.2), (3.0, -1.0)])
def test_cutoff_does_not_depend_on_the_models_scale_or_offset(scale, offset):
    rng = np.random.default_rng(1)
    bulk = rng.normal(0.0, 1.0, 4000)
    matches = rng.normal(6.0, 0.5, 30)
    scores = np.sort(np.concatenate([bulk, matches]))[::-1] * scale + offset
    cutoff = calibrate(bulk * scale + offset)
    line = cutoff.relevant(scores)
    assert int((scores >= line).sum()) == 30


def test_cutoff_without_outstanding_photos_returns_few_or_none():
    rng = np.random.default_rng(2)
    counts = []
    for _ in range(20):
        scores = np.sort(rng.normal(0.17, 0.03, 4000))[::-1]
        cutoff = calibrate(scores)
        counts.append(int((scores >= cutoff.relevant(scores)).sum()))
    assert np.median(counts) <= 0.005 * 4000


def test_a_walk_cut_short_among_thousands_of_candidates_does_not_call_them_all_relevant():
    # A large library whose query has more candidates than one graph walk returns: the
    # unseen rest must not look like a gap after the last returned photo.
    rng = np.random.default_rng(3)
    library = np.sort(rng.normal(0.17, 0.03, 100_000))[::-1]
    cutoff = calibrate(rng.choice(library, 4096, replace=False))
    walked = library[:4096]  # every one of them above the candidate line
    assert walked[-1] >= cutoff.median + 1.5 * cutoff.spread
    line = cutoff.relevant(walked, complete=False)
    kept = int((walked >= line).sum())
    assert 0 < kept < 0.01 * len(library)
    # With the whole library in hand the answer is the same.
    assert int((library >= cutoff.relevant(library)).sum()) == kept


def test_the_first_walk_is_sized_from_the_library_sample():
    rng = np.random.default_rng(4)
    cutoff = calibrate(rng.normal(0.17, 0.03, 4096))
    small, large = cutoff_first_k(cutoff, 1_000), cutoff_first_k(cutoff, 1_000_000)
    assert 64 <= small < large
    assert large >= 1.0 * cutoff.share_above(cutoff.median + 3 * cutoff.spread) * 1_000_000


@pytest.mark.parametrize("scale, offset", [(1.0, 0.0), (0.1, 0.2)])
def test_a_small_library_shows_its_matches_and_keeps_the_rest_as_weaker(scale, offset):
    scores = np.array([0.82, 0.80, -0.1, -0.2]) * scale + offset  # best first
    cutoff = calibrate(scores)
    line = cutoff.relevant(scores)
    assert int((scores >= line).sum()) == 2
    assert bool(np.all(scores >= cutoff.weaker))


def test_cutoff_of_an_empty_library_is_inert():
    cutoff = calibrate(np.empty(0))
    assert isinstance(cutoff, Cutoff) and cutoff.relevant(np.empty(0)) >= cutoff.weaker


def test_terms_parse_weights_urls_images_and_text(tmp_path):
    photo = tmp_path / "beach.png"
    synthetic.make_photo("blue", "circle", width=64, height=64).save(photo)
    assert parse_term("3:blue square") == Term.text("blue square", 3.0)
    assert parse_term(f"0.5:{photo}") == Term.image(str(photo), 0.5)
    url = "https://example.org/a.jpg"
    assert parse_term(url, -1.0) == Term.url(url, -1.0)
    assert parse_term("12:30 lunch").weight == 12.0  # the prefix rule, as documented
    assert parse_term("Hund im Schnee") == Term.text("Hund im Schnee")
    for bad in ("2x:dog", str(tmp_path / "missing.jpg"), "", "nan:dog"):
        with pytest.raises(MclipError):
            parse_term(bad)
    text_file = tmp_path / "notes.jpg"
    text_file.write_text("not a photo")
    with pytest.raises(MclipError, match="not a photo format"):
        parse_term(str(text_file))


@pytest.mark.parametrize(
    "fmt, expected",
    [("JPEG", "jpeg"), ("PNG", "png"), ("WEBP", "webp"), ("GIF", "gif"), ("TIFF", "tiff"),
     ("BMP", "bmp"), ("AVIF", "avif"), ("HEIF", "heic")],
)  # fmt: skip
def test_file_type_comes_from_the_content(fmt, expected):
    if fmt == "HEIF":
        pillow_heif = pytest.importorskip("pillow_heif")
        pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    synthetic.make_photo("red", "star", width=64, height=48).save(buffer, fmt)
    data = buffer.getvalue()
    assert images.photo_type(data) == expected
    assert images.photo_type(b"%PDF-1.4 not a photo") is None


def test_schema_4_upgrade_fills_capture_dates_and_types(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA_V1 + _SCHEMA_V2 + "PRAGMA user_version = 2;")
    mtime = int(time.mktime((2019, 6, 5, 8, 30, 0, 0, 0, -1)))
    rows = [
        ("/p/a.JPG", "2018:07:04 10:11:12", "ok"),
        ("/p/b.png", None, "ok"),
        ("/p/c.heif", "0000:00:00 00:00:00", "ok"),
        ("/p/d.jpg", None, "pending"),
    ]
    db.execute("INSERT INTO folders (id, path, online, added_at) VALUES (1, '/p', 1, 0)")
    for p, taken, status in rows:
        db.execute(
            "INSERT INTO files (folder_id, path, size, mtime_ns, status, taken_at, updated_at) "
            "VALUES (1, ?, 1, ?, ?, ?, 0)",
            (p, mtime * 10**9, status, taken),
        )
    db.commit()
    db.close()
    with Catalog(path) as catalog:
        assert catalog.schema_version >= 4 and catalog.backup_path is not None
        rows = catalog._db.execute("SELECT path, taken, kind FROM files").fetchall()
    got = {r[0]: (r[1], r[2]) for r in rows}
    assert got["/p/a.JPG"] == ("2018-07-04T10:11:12", "jpeg")
    assert got["/p/b.png"] == ("2019-06-05T08:30:00", "png")
    assert got["/p/c.heif"] == ("2019-06-05T08:30:00", "heic")  # a zero EXIF date is no date
    assert got["/p/d.jpg"][1] is None  # read later, typed by its content then
