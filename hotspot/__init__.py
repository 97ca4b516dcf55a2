"""Hotspot: is this place becoming a hot spot, who says so, and on what evidence?"""

import os

# One BLAS thread per process, set before anything imports NumPy. natasha's Russian models run small
# matrix products that OpenBLAS would spread over every core: on two cores that made the Russian parse
# three times slower (1,300 against 3,800 words/s), and worker processes would fight each other for the
# cores. Parallelism comes from processes (`--workers`); a value the user sets is kept.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

__version__ = "0.1.0"
