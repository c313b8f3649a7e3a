"""The Ray Data runner: the per-article stages (read, clean, annotate) over many machines.

Reading, cleaning and annotating an article needs nothing but the article, so
`annotate_to_parquet` runs them on a Ray cluster (or a local Ray on this machine's
cores) with the same functions `analyze` calls, and writes one Parquet row per article:
its fields, its annotation as the store keeps it and its vectors. `load_parquet` then
takes those rows into a store on one machine and groups and compares them there, as
`analyze` does after annotating: grouping is incremental and fast, and it needs the
whole store, so it stays on one machine. Ray is an extra (`pip install
'manysides[scale]'`), imported only when a run starts. See docs/scale.md.
"""

from .annotate import ScaleRun, annotate_to_parquet
from .load import load_parquet

__all__ = ["ScaleRun", "annotate_to_parquet", "load_parquet"]
