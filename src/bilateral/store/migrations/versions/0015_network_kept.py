"""a pair's actors' network kept by triggers as its real events' ties are written

- ``network_ties``: each tie of an occurred real event (``cluster_ties``) under each pair of
  two countries the event has (``cluster_pairs``): the rows the network of a pair is made of,
  keyed by pair and edge, so that one edge's first and last dates and first real event are
  a probe of an index when a tie goes.
- ``network_edges``: per pair and (from actor, to actor, type), its ties (real events), their
  Goldstein sum in millionths (an integer, exact whatever order ties come and go in), first
  and last dates, and the real event and position it first appears at (the edges' order).
- ``network_actor_clusters``: per pair, actor and real event, how many of the event's ties
  name the actor; ``network_actors``: per pair and actor, its real events and the first one.

The network of the largest pair of a 100,000-article store read 22,270 ties to make 221 edges
and 53 actors; it now reads those rows. Triggers on ``cluster_ties`` and ``cluster_pairs``
keep ``network_ties`` (whichever of a cluster's two kinds of rows is written second adds the
pairing, whichever is deleted first takes it away, cascades included), and triggers on
``network_ties`` keep the rest by counts, so every statement's rows may come in any order
(PostgreSQL fires a statement's row triggers after all its rows). The same statements on
SQLite and PostgreSQL (plpgsql functions there). The tables are filled from the stored rows
here.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

OCCURRED = "occurred"
C_COLLATION = ' COLLATE "C"'  # PostgreSQL: dates compare as Python compares them
# analysis.index.score_millionths at this version: a score in millionths
MILLIONTHS = "CAST(round({score} * 1000000) AS BIGINT)"
EDGE = ("source_id", "target_id", "type")


def _of_edge(table: str, row: str) -> str:
    return " AND ".join(f"{table}.{c} = {row}.{c}" for c in ("pair", *EDGE))


def _tie_pairings(pairs: str, ties: str, where: str) -> str:
    """Insert into network_ties the pairing of the ``ties`` rows and the ``pairs`` rows."""
    return (f"INSERT INTO network_ties (pair, source_id, target_id, type, cluster_id, position, "
            f"date, goldstein_millionths) SELECT {pairs}.pair, {ties}.source_id, "
            f"{ties}.target_id, {ties}.type, {ties}.cluster_id, {ties}.position, {ties}.date, "
            f"coalesce({MILLIONTHS.format(score=ties + '.goldstein')}, 0) {where} "
            f"AND {pairs}.pair LIKE '%-%' AND {pairs}.status = '{OCCURRED}';")


def _tie_share(row: str, sign: str, collate: str) -> list[str]:
    """A tie of a real event under each of its pairs already written."""
    if sign == "1":
        return [_tie_pairings("cluster_pairs", row, f"FROM cluster_pairs "
                              f"WHERE cluster_pairs.cluster_id = {row}.cluster_id")]
    return [(f"DELETE FROM network_ties WHERE network_ties.cluster_id = {row}.cluster_id "
            f"AND network_ties.source_id = {row}.source_id "
            f"AND network_ties.target_id = {row}.target_id;")]


def _cluster_pair_share(row: str, sign: str, collate: str) -> list[str]:
    """A pair of a real event over each of its ties already written."""
    if sign == "1":
        return [_tie_pairings(row, "cluster_ties", f"FROM cluster_ties "
                              f"WHERE cluster_ties.cluster_id = {row}.cluster_id")]
    return [(f"DELETE FROM network_ties WHERE network_ties.cluster_id = {row}.cluster_id "
            f"AND network_ties.pair = {row}.pair;")]


def _dated(column: str, collate: str) -> str:
    return f"CASE WHEN {column}{collate} > '' THEN {column} END"


def _edge_added(row: str, collate: str) -> str:
    def earlier(column: str, than: str) -> str:
        return (f"CASE WHEN network_edges.{column} IS NULL OR EXCLUDED.{column}{collate} "
                f"{than} network_edges.{column}{collate} THEN EXCLUDED.{column} "
                f"ELSE network_edges.{column} END")
    first = "EXCLUDED.first_cluster < network_edges.first_cluster"
    return (f"INSERT INTO network_edges (pair, source_id, target_id, type, ties, "
            f"goldstein_millionths, first_date, last_date, first_cluster, first_position) "
            f"VALUES ({row}.pair, {row}.source_id, {row}.target_id, {row}.type, 1, "
            f"{row}.goldstein_millionths, {_dated(row + '.date', collate)}, "
            f"{_dated(row + '.date', collate)}, {row}.cluster_id, {row}.position) "
            f"ON CONFLICT (pair, source_id, target_id, type) DO UPDATE SET "
            f"ties = network_edges.ties + 1, goldstein_millionths = "
            f"network_edges.goldstein_millionths + EXCLUDED.goldstein_millionths, "
            f"first_date = {earlier('first_date', '<')}, last_date = {earlier('last_date', '>')}, "
            f"first_position = CASE WHEN {first} THEN EXCLUDED.first_position "
            f"ELSE network_edges.first_position END, "
            f"first_cluster = CASE WHEN {first} THEN EXCLUDED.first_cluster "
            f"ELSE network_edges.first_cluster END;")


def _edge_removed(row: str, collate: str) -> list[str]:
    """One tie fewer; the first and last dates and the first tie found again on the index."""
    edge = _of_edge("network_edges", row)
    ties = f"FROM network_ties WHERE {_of_edge('network_ties', row)}"
    dated = f"network_ties.date{collate} > ''"
    return [f"DELETE FROM network_edges WHERE {edge} AND ties = 1;",
            (f"UPDATE network_edges SET ties = ties - 1, "
            f"goldstein_millionths = goldstein_millionths - {row}.goldstein_millionths, "
            f"first_date = (SELECT min(network_ties.date{collate}) {ties} AND {dated}), "
            f"last_date = (SELECT max(network_ties.date{collate}) {ties} AND {dated}), "
            f"first_cluster = (SELECT min(network_ties.cluster_id) {ties}), "
            f"first_position = (SELECT network_ties.position {ties} "
            f"ORDER BY network_ties.cluster_id LIMIT 1) WHERE {edge};")]


def _actor_cluster(row: str, actor: str) -> str:
    """The network_actor_clusters row of ``row``'s real event and one of its actors."""
    return (f"network_actor_clusters.pair = {row}.pair AND network_actor_clusters.actor_id = "
            f"{row}.{actor} AND network_actor_clusters.cluster_id = {row}.cluster_id")


def _actor_added(row: str, actor: str) -> list[str]:
    """The actor's real event counted when its first tie there comes."""
    key = _actor_cluster(row, actor)
    return [(f"INSERT INTO network_actors (pair, actor_id, events, first_cluster) "
             f"SELECT {row}.pair, {row}.{actor}, 1, {row}.cluster_id WHERE NOT EXISTS "
             f"(SELECT 1 FROM network_actor_clusters WHERE {key}) "
             f"ON CONFLICT (pair, actor_id) DO UPDATE SET events = network_actors.events + 1, "
             f"first_cluster = CASE WHEN EXCLUDED.first_cluster < network_actors.first_cluster "
             f"THEN EXCLUDED.first_cluster ELSE network_actors.first_cluster END;"),
            (f"INSERT INTO network_actor_clusters (pair, actor_id, cluster_id, ties) "
             f"VALUES ({row}.pair, {row}.{actor}, {row}.cluster_id, 1) "
             f"ON CONFLICT (pair, actor_id, cluster_id) "
             f"DO UPDATE SET ties = network_actor_clusters.ties + 1;")]


def _actor_removed(row: str, actor: str) -> list[str]:
    """The actor's real event no longer counted when its last tie there goes."""
    key = _actor_cluster(row, actor)
    actor_row = f"network_actors.pair = {row}.pair AND network_actors.actor_id = {row}.{actor}"
    gone = f"EXISTS (SELECT 1 FROM network_actor_clusters WHERE {key} AND ties = 0)"
    return [f"UPDATE network_actor_clusters SET ties = ties - 1 WHERE {key};",
            f"DELETE FROM network_actors WHERE {actor_row} AND events = 1 AND {gone};",
            (f"UPDATE network_actors SET events = events - 1, first_cluster = "
            f"(SELECT min(network_actor_clusters.cluster_id) FROM network_actor_clusters "
            f"WHERE network_actor_clusters.pair = {row}.pair AND "
            f"network_actor_clusters.actor_id = {row}.{actor} AND ties > 0) "
            f"WHERE {actor_row} AND {gone};"),
            f"DELETE FROM network_actor_clusters WHERE {key} AND ties = 0;"]


def _network_tie_share(row: str, sign: str, collate: str) -> list[str]:
    if sign == "1":
        return [_edge_added(row, collate), *_actor_added(row, "source_id"),
                *_actor_added(row, "target_id")]
    return [*_edge_removed(row, collate), *_actor_removed(row, "source_id"),
            *_actor_removed(row, "target_id")]


# table: (trigger name stem, its share of a row as statements, whether an UPDATE is handled);
# a share is made of (the row, NEW or OLD; +1 or -1; the collation comparing dates).
# network_ties is written by these triggers alone, never updated.
KEPT = {
    "cluster_ties": ("tie", _tie_share, True),
    "cluster_pairs": ("cluster_pair", _cluster_pair_share, True),
    "network_ties": ("network_tie", _network_tie_share, False),
}


def _sqlite_triggers() -> None:
    for table, (stem, share, updated) in KEPT.items():
        events = [("added", "INSERT", [("NEW", "1")]), ("removed", "DELETE", [("OLD", "-1")])]
        if updated:
            events.append(("changed", "UPDATE", [("OLD", "-1"), ("NEW", "1")]))
        for name, when, parts in events:
            body = "\n".join(s for row, sign in parts for s in share(row, sign, ""))
            op.execute(f"CREATE TRIGGER network_{stem}_{name} AFTER {when} ON {table} "
                       f"FOR EACH ROW BEGIN\n{body}\nEND")


def _postgresql_triggers() -> None:
    for table, (stem, share, updated) in KEPT.items():
        removed = "\n".join(share("OLD", "-1", C_COLLATION))
        added = "\n".join(share("NEW", "1", C_COLLATION))
        op.execute(f"""CREATE FUNCTION network_{stem}() RETURNS trigger AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    {removed}
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    {added}
                END IF;
                RETURN NULL;
            END $$ LANGUAGE plpgsql""")
        events = "INSERT OR DELETE OR UPDATE" if updated else "INSERT OR DELETE"
        op.execute(f"CREATE TRIGGER network_{stem} AFTER {events} ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION network_{stem}()")


def _fill(collate: str) -> None:
    """Every share of the stored rows, as the triggers would have added them one by one."""
    op.execute(_tie_pairings("cluster_pairs", "cluster_ties",
                             "FROM cluster_ties JOIN cluster_pairs "
                             "ON cluster_pairs.cluster_id = cluster_ties.cluster_id WHERE 1 = 1"
                             ).rstrip(";"))
    dated = f"({_dated('date', collate)}){collate}"
    op.execute(f"INSERT INTO network_edges (pair, source_id, target_id, type, ties, "
               f"goldstein_millionths, first_date, last_date, first_cluster, first_position) "
               f"SELECT pair, source_id, target_id, type, count(*), sum(goldstein_millionths), "
               f"min({dated}), max({dated}), min(cluster_id), 0 "
               f"FROM network_ties GROUP BY pair, source_id, target_id, type")
    op.execute(f"UPDATE network_edges SET first_position = (SELECT network_ties.position "
               f"FROM network_ties WHERE {_of_edge('network_ties', 'network_edges')} "
               f"AND network_ties.cluster_id = network_edges.first_cluster)")
    op.execute("INSERT INTO network_actor_clusters (pair, actor_id, cluster_id, ties) "
               "SELECT pair, actor_id, cluster_id, count(*) FROM ("
               "SELECT pair, source_id AS actor_id, cluster_id FROM network_ties UNION ALL "
               "SELECT pair, target_id AS actor_id, cluster_id FROM network_ties) AS named "
               "GROUP BY pair, actor_id, cluster_id")
    op.execute("INSERT INTO network_actors (pair, actor_id, events, first_cluster) "
               "SELECT pair, actor_id, count(*), min(cluster_id) FROM network_actor_clusters "
               "GROUP BY pair, actor_id")


def _pair_key() -> list[sa.Column[str]]:
    return [sa.Column('pair', sa.String(length=40), nullable=False)]


def _edge_key() -> list[sa.Column[str]]:
    """The columns naming one edge of a pair (new objects for each table)."""
    return [*_pair_key(), sa.Column('source_id', sa.Text(), nullable=False),
            sa.Column('target_id', sa.Text(), nullable=False),
            sa.Column('type', sa.String(length=16), nullable=False)]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    collate = C_COLLATION if postgresql else ""
    op.create_table(
        'network_ties',
        *_edge_key(),
        sa.Column('cluster_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('goldstein_millionths', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'source_id', 'target_id', 'type', 'cluster_id'),
        sqlite_with_rowid=False,
    )
    # an edge's first and last dates; a real event's ties (to take them away, to find the
    # reviewed ones)
    op.create_index('ix_network_ties_date', 'network_ties',
                    ['pair', 'source_id', 'target_id', 'type', sa.text(f'date{collate}')
                     if postgresql else 'date'])
    op.create_index('ix_network_ties_cluster', 'network_ties', ['cluster_id', 'pair'])
    op.create_table(
        'network_edges',
        *_edge_key(),
        sa.Column('ties', sa.Integer(), nullable=False),
        sa.Column('goldstein_millionths', sa.BigInteger(), nullable=False),
        sa.Column('first_date', sa.String(length=10), nullable=True),
        sa.Column('last_date', sa.String(length=10), nullable=True),
        sa.Column('first_cluster', sa.Integer(), nullable=False),
        sa.Column('first_position', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'source_id', 'target_id', 'type'),
    )
    op.create_table(
        'network_actor_clusters',
        *_pair_key(),
        sa.Column('actor_id', sa.Text(), nullable=False),
        sa.Column('cluster_id', sa.Integer(), nullable=False),
        sa.Column('ties', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'actor_id', 'cluster_id'),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'network_actors',
        *_pair_key(),
        sa.Column('actor_id', sa.Text(), nullable=False),
        sa.Column('events', sa.Integer(), nullable=False),
        sa.Column('first_cluster', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('pair', 'actor_id'),
    )
    _fill(collate)
    if postgresql:
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, (stem, _, _) in KEPT.items():
            op.execute(f"DROP TRIGGER network_{stem} ON {table}")
            op.execute(f"DROP FUNCTION network_{stem}()")
    else:
        for stem, _, updated in KEPT.values():
            for name in ("added", "removed", *(("changed",) if updated else ())):
                op.execute(f"DROP TRIGGER network_{stem}_{name}")
    for table in ('network_actors', 'network_actor_clusters', 'network_edges', 'network_ties'):
        op.drop_table(table)
