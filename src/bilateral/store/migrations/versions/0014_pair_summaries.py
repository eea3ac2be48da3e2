"""a pair's counts and its index per period, kept by triggers as the pair tables are written;
contradicted figures flagged for the review queue

- ``pair_counts``: per pair of countries ("PAK-RUS"), the events naming it by status and the
  documents they cite with those documents' quotes (from ``event_pairs``; ``pair_documents``
  holds how many of the pair's events cite each document, ``quotes`` has a trigger too), the
  events whose source and target are its two countries (the pair menu), its real events and
  those reported more than once (from ``cluster_pairs``).
- ``pair_periods``: per pair and year, quarter or month (``period`` '' holds the real events
  dated too coarsely to place), its occurred real events, their Goldstein sum (in
  millionths, an integer: a float sum kept by adding and taking away drifts with the order,
  and rounding the index to two places then tells it), cooperative and conflictual counts
  and counts by sector; ``pair_period_types`` the counts by type.
- ``cluster_pairs`` carries the cluster's size, type, score and sectors, so the triggers
  read the row they see and nothing else (a cluster's row may be changed or gone by then).

- ``figures.contradicted``: whether the figure is a side of a stored conflict, set by the
  linker with the conflicts, so the review queue reads its contradicted figures in id order
  from ``ix_figures_contradicted`` instead of sorting every side of every conflict.

- ``figure_disagreements``: 100 disagreeing pairs to a row, not 1,000, so that a page of
  conflicts, which lists each one's first 100, decodes no more than it shows.

Triggers on ``event_pairs``, ``cluster_pairs`` and ``events`` add a row's share when it is
inserted and take it away when it is deleted (cascades included) or before it is updated,
in the writer's transaction, whichever code writes: the overview, the index and the pair
menu read a few rows instead of grouping a pair's events and clusters (81,000 and 16,820 for
the largest pair of a 100,000-article store). A share that falls to 0 leaves its row at 0;
readers skip those. The same statements run on SQLite and PostgreSQL (plpgsql functions
there). The tables are filled from the stored rows here.

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

# linking.sectors.SECTORS at this version: one column each in pair_periods
SECTORS = ("diplomacy", "defence", "energy", "trade", "security")
OCCURRED = "occurred"
C_COLLATION = ' COLLATE "C"'  # PostgreSQL: country codes compare as Python sorts them
# linking.contradictions.DISAGREEMENTS_PER_ROW before and at this version
PAIRS_PER_ROW_BEFORE, PAIRS_PER_ROW = 1000, 100
# analysis.index.score_millionths at this version: a cluster's score in millionths
MILLIONTHS = "CAST(round({score} * 1000000) AS BIGINT)"
# A period of each kind, or '' when the date is too coarse (analysis.index.period_column).
PERIODS = {
    "year": "CASE WHEN length({row}.date) >= 4 THEN substr({row}.date, 1, 4) ELSE '' END",
    "quarter": "CASE WHEN length({row}.date) >= 7 THEN substr({row}.date, 1, 4) || '-Q' || "
               "CAST((CAST(substr({row}.date, 6, 2) AS INTEGER) + 2) / 3 AS VARCHAR(1)) "
               "ELSE '' END",
    "month": "CASE WHEN length({row}.date) >= 7 THEN substr({row}.date, 1, 7) ELSE '' END",
}


def _count(pair: str, measure: str, key: str, value: str, when: str) -> str:
    """Add ``value`` to one pair_counts row when ``when`` holds, creating the row if missing."""
    return (f"INSERT INTO pair_counts (pair, measure, key, n) "
            f"SELECT {pair}, '{measure}', {key}, {value} WHERE {when} "
            f"ON CONFLICT (pair, measure, key) DO UPDATE SET n = pair_counts.n + EXCLUDED.n;")


def _event_pair_share(row: str, sign: str, collate: str) -> list[str]:
    """Its status, and its document: counted (with its quotes) while one of the pair's events
    cites it (``pair_documents`` holds how many)."""
    pair, kept = f"{row}.pair", f"{row}.pair LIKE '%-%' AND {row}.doc_id IS NOT NULL"
    document = f"pair_documents.pair = {pair} AND pair_documents.doc_id = {row}.doc_id"
    cited_by = f"(SELECT events FROM pair_documents WHERE {document})"
    quotes = f"(SELECT count(*) FROM quotes WHERE quotes.doc_id = {row}.doc_id)"
    status = _count(pair, "status", f"{row}.status", sign, f"{pair} LIKE '%-%'")
    if sign == "1":
        return [status,
                (f"INSERT INTO pair_documents (pair, doc_id, events) "
                f"SELECT {pair}, {row}.doc_id, 1 WHERE {kept} ON CONFLICT (pair, doc_id) "
                f"DO UPDATE SET events = pair_documents.events + 1;"),
                _count(pair, "documents", "''", "1", f"{kept} AND {cited_by} = 1"),
                _count(pair, "quotes", "''", quotes, f"{kept} AND {cited_by} = 1")]
    return [status,
            f"UPDATE pair_documents SET events = events - 1 WHERE {document};",
            _count(pair, "documents", "''", "-1", f"{kept} AND {cited_by} = 0"),
            _count(pair, "quotes", "''", f"-{quotes}", f"{kept} AND {cited_by} = 0"),
            f"DELETE FROM pair_documents WHERE {document} AND events = 0;"]


def _quote_share(row: str, sign: str, collate: str) -> list[str]:
    """A quote counts for every pair whose events cite its document."""
    return [(f"INSERT INTO pair_counts (pair, measure, key, n) "
            f"SELECT pair, 'quotes', '', {sign} FROM pair_documents "
            f"WHERE pair_documents.doc_id = {row}.doc_id "
            f"ON CONFLICT (pair, measure, key) DO UPDATE SET n = pair_counts.n + EXCLUDED.n;")]


def _reported_share(row: str, sign: str, collate: str) -> list[str]:
    source, target = f"{row}.source_country", f"{row}.target_country"
    key = (f"CASE WHEN {source}{collate} < {target}{collate} THEN {source} || '-' || {target} "
           f"ELSE {target} || '-' || {source} END")
    return [_count(key, "reported", "''", sign,
                   f"{source} IS NOT NULL AND {target} IS NOT NULL AND {source} <> {target}")]


def _cluster_pair_share(row: str, sign: str, collate: str) -> list[str]:
    is_pair = f"{row}.pair LIKE '%-%'"
    occurred = f"{is_pair} AND {row}.status = '{OCCURRED}'"
    periods = " UNION ALL ".join(f"SELECT '{kind}' AS kind, {period.format(row=row)} AS period"
                                 for kind, period in PERIODS.items())
    sectors = ", ".join(f"{sign} * (CASE WHEN {row}.sectors LIKE '% {s} %' THEN 1 ELSE 0 END)"
                        for s in SECTORS)
    added = ", ".join(f"{column} = pair_periods.{column} + EXCLUDED.{column}"
                      for column in ("events", "goldstein_millionths", "cooperation", "conflict",
                                     *SECTORS))
    return [
        _count(f"{row}.pair", "clusters", "''", sign, is_pair),
        _count(f"{row}.pair", "multi_source", "''", sign, f"{is_pair} AND {row}.size > 1"),
        (f"INSERT INTO pair_periods (pair, period_kind, period, events, goldstein_millionths, "
        f"cooperation, conflict, {', '.join(SECTORS)}) "
        f"SELECT {row}.pair, p.kind, p.period, {sign}, "
        f"{sign} * coalesce({MILLIONTHS.format(score=row + '.goldstein')}, 0), "
        f"{sign} * (CASE WHEN {row}.goldstein > 0 THEN 1 ELSE 0 END), "
        f"{sign} * (CASE WHEN {row}.goldstein < 0 THEN 1 ELSE 0 END), {sectors} "
        f"FROM ({periods}) AS p WHERE {occurred} "
        f"ON CONFLICT (pair, period_kind, period) DO UPDATE SET {added};"),
        (f"INSERT INTO pair_period_types (pair, period_kind, period, type, events) "
        f"SELECT {row}.pair, p.kind, p.period, {row}.type, {sign} "
        f"FROM ({periods}) AS p WHERE {occurred} AND p.period <> '' "
        f"ON CONFLICT (pair, period_kind, period, type) "
        f"DO UPDATE SET events = pair_period_types.events + EXCLUDED.events;"),
    ]


# table: (trigger name stem, its share of a row as statements, UPDATE OF these columns only);
# a share is made of (the row, NEW or OLD; +1 or -1; the collation comparing country codes)
KEPT = {
    "event_pairs": ("event_pair", _event_pair_share, ""),
    "cluster_pairs": ("cluster_pair", _cluster_pair_share, ""),
    "events": ("event", _reported_share, " OF source_country, target_country"),
    "quotes": ("quote", _quote_share, " OF doc_id"),
}


def _sqlite_triggers() -> None:
    for table, (stem, share, columns) in KEPT.items():
        for name, when, parts in (("added", "INSERT", [("NEW", "1")]),
                                  ("removed", "DELETE", [("OLD", "-1")]),
                                  ("changed", f"UPDATE{columns}", [("OLD", "-1"), ("NEW", "1")])):
            body = "\n".join(s for row, sign in parts for s in share(row, sign, ""))
            op.execute(f"CREATE TRIGGER pair_summary_{stem}_{name} AFTER {when} ON {table} "
                       f"FOR EACH ROW BEGIN\n{body}\nEND")


def _postgresql_triggers() -> None:
    for table, (stem, share, columns) in KEPT.items():
        removed = "\n".join(share("OLD", "-1", C_COLLATION))
        added = "\n".join(share("NEW", "1", C_COLLATION))
        op.execute(f"""CREATE FUNCTION pair_summary_{stem}() RETURNS trigger AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    {removed}
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    {added}
                END IF;
                RETURN NULL;
            END $$ LANGUAGE plpgsql""")
        op.execute(f"CREATE TRIGGER pair_summary_{stem} AFTER INSERT OR DELETE OR "
                   f"UPDATE{columns} ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION pair_summary_{stem}()")


def _fill(collate: str) -> None:
    """Every share of the stored rows, as the triggers would have added them one by one."""
    is_pair = "pair LIKE '%-%'"
    op.execute(f"INSERT INTO pair_counts (pair, measure, key, n) SELECT pair, 'status', status, "
               f"count(*) FROM event_pairs WHERE {is_pair} GROUP BY pair, status")
    op.execute(f"INSERT INTO pair_counts (pair, measure, key, n) "
               f"SELECT key, 'reported', '', count(*) FROM (SELECT CASE WHEN source_country"
               f"{collate} < target_country{collate} THEN source_country || '-' || "
               f"target_country ELSE target_country || '-' || source_country END AS key "
               f"FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
               f"AND source_country <> target_country) AS reported GROUP BY key")
    op.execute(f"INSERT INTO pair_documents (pair, doc_id, events) SELECT pair, doc_id, "
               f"count(*) FROM event_pairs WHERE {is_pair} AND doc_id IS NOT NULL "
               f"GROUP BY pair, doc_id")
    op.execute("INSERT INTO pair_counts (pair, measure, key, n) SELECT pair, 'documents', '', "
               "count(*) FROM pair_documents GROUP BY pair")
    op.execute("INSERT INTO pair_counts (pair, measure, key, n) "
               "SELECT pair_documents.pair, 'quotes', '', count(quotes.id) FROM pair_documents "
               "LEFT JOIN quotes ON quotes.doc_id = pair_documents.doc_id "
               "GROUP BY pair_documents.pair")
    op.execute(f"INSERT INTO pair_counts (pair, measure, key, n) SELECT pair, 'clusters', '', "
               f"count(*) FROM cluster_pairs WHERE {is_pair} GROUP BY pair")
    op.execute(f"INSERT INTO pair_counts (pair, measure, key, n) SELECT pair, 'multi_source', "
               f"'', count(*) FROM cluster_pairs WHERE {is_pair} AND size > 1 GROUP BY pair")
    occurred = f"{is_pair} AND status = '{OCCURRED}'"
    sectors = ", ".join(f"sum(CASE WHEN sectors LIKE '% {s} %' THEN 1 ELSE 0 END)"
                        for s in SECTORS)
    for kind, period in PERIODS.items():
        period = period.format(row="cluster_pairs")
        op.execute(f"INSERT INTO pair_periods (pair, period_kind, period, events, "
                   f"goldstein_millionths, cooperation, conflict, {', '.join(SECTORS)}) "
                   f"SELECT pair, '{kind}', {period}, count(*), "
                   f"coalesce(sum({MILLIONTHS.format(score='goldstein')}), 0), "
                   f"sum(CASE WHEN goldstein > 0 THEN 1 ELSE 0 END), "
                   f"sum(CASE WHEN goldstein < 0 THEN 1 ELSE 0 END), {sectors} "
                   f"FROM cluster_pairs WHERE {occurred} GROUP BY pair, {period}")
        op.execute(f"INSERT INTO pair_period_types (pair, period_kind, period, type, events) "
                   f"SELECT pair, '{kind}', {period}, type, count(*) FROM cluster_pairs "
                   f"WHERE {occurred} AND {period} <> '' GROUP BY pair, {period}, type")


def _rechunk_disagreements(connection: sa.Connection, before: int, after: int) -> None:
    """Store every conflict's disagreeing pairs ``after`` to a row, not ``before``."""
    chunks = sa.table('figure_disagreements', sa.column('conflict_id'), sa.column('chunk'),
                      sa.column('pairs', sa.JSON))
    conflicts = sa.table('figure_conflicts', sa.column('id'), sa.column('disagreement_count'))
    ids = connection.scalars(sa.select(conflicts.c.id)
                             .where(conflicts.c.disagreement_count > min(before, after))
                             .order_by(conflicts.c.id)).all()
    for conflict_id in ids:  # one at a time: a conflict's pairs may be millions
        of_conflict = chunks.c.conflict_id == conflict_id
        pairs = [pair for rows in connection.scalars(
            sa.select(chunks.c.pairs).where(of_conflict).order_by(chunks.c.chunk))
            for pair in rows]
        connection.execute(sa.delete(chunks).where(of_conflict))
        connection.execute(sa.insert(chunks), [
            {"conflict_id": conflict_id, "chunk": n, "pairs": pairs[start:start + after]}
            for n, start in enumerate(range(0, len(pairs), after))])


def _period_key() -> list[sa.Column[str]]:
    """The columns naming one period of a pair (new objects for each table)."""
    return [sa.Column('pair', sa.String(length=40), nullable=False),
            sa.Column('period_kind', sa.String(length=8), nullable=False),
            sa.Column('period', sa.String(length=8), nullable=False)]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.add_column('cluster_pairs', sa.Column('size', sa.Integer(), nullable=False,
                                             server_default='1'))
    op.add_column('cluster_pairs', sa.Column('type', sa.String(length=16), nullable=False,
                                             server_default=''))
    op.add_column('cluster_pairs', sa.Column('goldstein', sa.Float(), nullable=True))
    op.add_column('cluster_pairs', sa.Column('sectors', sa.String(length=64), nullable=False,
                                             server_default=''))
    op.execute("UPDATE cluster_pairs SET "
               "size = (SELECT size FROM clusters WHERE clusters.id = cluster_pairs.cluster_id), "
               "type = (SELECT type FROM clusters WHERE clusters.id = cluster_pairs.cluster_id), "
               "goldstein = (SELECT goldstein FROM clusters "
               "WHERE clusters.id = cluster_pairs.cluster_id), "
               "sectors = (SELECT sectors FROM clusters "
               "WHERE clusters.id = cluster_pairs.cluster_id)")
    op.create_table(
        'pair_counts',
        sa.Column('pair', sa.String(length=40), nullable=False),
        sa.Column('measure', sa.String(length=16), nullable=False),
        sa.Column('key', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'measure', 'key'),
    )
    op.create_table(
        'pair_documents',
        sa.Column('pair', sa.String(length=40), nullable=False),
        sa.Column('doc_id', sa.String(length=32), nullable=False),
        sa.Column('events', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'doc_id'),
    )
    op.create_index('ix_pair_documents_doc_id', 'pair_documents', ['doc_id'])
    # a pair's figures' documents from the index alone (the overview's cited documents)
    op.create_index('ix_figures_key_doc', 'figures', ['country_key', 'doc_id'])
    op.create_table(
        'pair_periods',
        *_period_key(),
        sa.Column('events', sa.Integer(), nullable=False),
        sa.Column('goldstein_millionths', sa.BigInteger(), nullable=False),
        sa.Column('cooperation', sa.Integer(), nullable=False),
        sa.Column('conflict', sa.Integer(), nullable=False),
        *(sa.Column(s, sa.Integer(), nullable=False) for s in SECTORS),
        sa.PrimaryKeyConstraint('pair', 'period_kind', 'period'),
    )
    op.create_table(
        'pair_period_types',
        *_period_key(),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('events', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'period_kind', 'period', 'type'),
    )
    _rechunk_disagreements(op.get_bind(), PAIRS_PER_ROW_BEFORE, PAIRS_PER_ROW)
    _fill(C_COLLATION if postgresql else "")
    op.add_column('figures', sa.Column('contradicted', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.execute("UPDATE figures SET contradicted = EXISTS (SELECT 1 FROM figure_conflict_sides "
               "WHERE figure_conflict_sides.figure_id = figures.id)")
    op.create_index('ix_figures_contradicted', 'figures',
                    ['review', 'contradicted', sa.text(f'figure_id{C_COLLATION}')
                     if postgresql else 'figure_id'])
    if postgresql:
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def downgrade() -> None:
    _rechunk_disagreements(op.get_bind(), PAIRS_PER_ROW, PAIRS_PER_ROW_BEFORE)
    if op.get_bind().dialect.name == "postgresql":
        for table, (stem, _, _) in KEPT.items():
            op.execute(f"DROP TRIGGER pair_summary_{stem} ON {table}")
            op.execute(f"DROP FUNCTION pair_summary_{stem}()")
    else:
        for stem, _, _ in KEPT.values():
            for name in ("added", "removed", "changed"):
                op.execute(f"DROP TRIGGER pair_summary_{stem}_{name}")
    op.drop_index('ix_figures_contradicted', table_name='figures')
    op.drop_column('figures', 'contradicted')
    op.drop_index('ix_figures_key_doc', table_name='figures')
    op.drop_table('pair_documents')
    op.drop_table('pair_period_types')
    op.drop_table('pair_periods')
    op.drop_table('pair_counts')
    for column in ('sectors', 'goldstein', 'type', 'size'):
        op.drop_column('cluster_pairs', column)
