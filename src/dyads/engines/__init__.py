"""Engines other than the local one (`dyads.pipeline.ingest`), over the same stages.

`ray_engine.ingest_with_ray` runs them as Ray tasks on this machine or on a cluster.
"""
