"""The Qt-free engine: catalog, vector index, image decoding, models, indexing and search."""
