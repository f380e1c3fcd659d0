"""Getting photos into the library: the scanner that compares folders with the catalog
(``scan``), the read/embed/write pipeline (``pipeline``), the live indexer that follows the
folders as they change (``live``), and what changed, as the library reports it (``changes``).
"""
