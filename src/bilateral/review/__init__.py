"""The analyst in the loop: corrections built from an analyst's options, the gold set they
make, and the scorer that measures a store against it.

Above ``store`` (where corrections are kept and applied, ``bilateral.store.review``), below
``analysis``, ``api``, ``web`` and ``cli``, which only call in here.
"""
