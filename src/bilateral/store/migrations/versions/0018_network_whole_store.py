"""the actors' network of the whole store kept as a pair's is, under the pair key ''; a
pair's figures listed from an index

``/api/network`` without a pair read every tie of every occurred real event (314,441 rows of a
100,000-article store, 2.6 s of CPU) to make 194 actors and 5,663 edges. The network tables of
0015 now also hold the whole store's network under the pair ''; their triggers on
``network_ties`` keep its edges and actors as they keep a pair's. What feeds ``network_ties``
under '' is a real event's status in ``clusters`` (a pair's is its ``cluster_pairs`` rows):

- a tie written or changed in ``cluster_ties`` is added under '' when its real event occurred
  (the triggers of ``cluster_ties`` are made again with that statement after their own: a
  change first takes the tie away under every pair);
- a real event whose status changes has its ties taken away under '' and, when it now
  occurred, added again; a deleted real event's ties go with ``cluster_ties``' cascade.

The figures of a pair are listed by variable, period and id from an index holding those
columns after the country key (``ix_figures_key_order``): SQLite sorted the 11,870 figures of
the largest pair reading each row from the table (21 ms of CPU), and sorts them from the index
alone (7 ms).

Revision ID: 0018
Revises: 0017
"""
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

OCCURRED = "occurred"
WHOLE_STORE = ""  # the pair key of the whole store's network
# analysis.index.score_millionths at this version: a score in millionths
MILLIONTHS = "coalesce(CAST(round({ties}.goldstein * 1000000) AS BIGINT), 0)"


def _ties_added(ties: str, where: str) -> str:
    """Insert into network_ties, under every pair of two countries and the whole store, the
    ``ties`` rows of occurred real events (``where`` picks them and joins their pairs)."""
    return (f"INSERT INTO network_ties (pair, source_id, target_id, type, cluster_id, position, "
            f"date, goldstein_millionths) SELECT {{pair}}, {ties}.source_id, {ties}.target_id, "
            f"{ties}.type, {ties}.cluster_id, {ties}.position, {ties}.date, "
            f"{MILLIONTHS.format(ties=ties)} {where};")


def _pair_pairings(row: str) -> str:
    """0015's statement: a tie under each of its real event's pairs already written."""
    return _ties_added(row, f"FROM cluster_pairs WHERE cluster_pairs.cluster_id = {row}.cluster_id "
                            f"AND cluster_pairs.pair LIKE '%-%' AND cluster_pairs.status = "
                            f"'{OCCURRED}'").format(pair="cluster_pairs.pair")


def _whole_store(row: str) -> str:
    """A tie under the whole store when its real event occurred."""
    return _ties_added(row, f"FROM clusters WHERE clusters.id = {row}.cluster_id "
                            f"AND clusters.status = '{OCCURRED}'").format(pair=f"'{WHOLE_STORE}'")


def _tie_removed(row: str) -> str:
    return (f"DELETE FROM network_ties WHERE network_ties.cluster_id = {row}.cluster_id "
            f"AND network_ties.source_id = {row}.source_id "
            f"AND network_ties.target_id = {row}.target_id;")


def _cluster_removed(row: str) -> str:
    return (f"DELETE FROM network_ties WHERE network_ties.cluster_id = {row}.id "
            f"AND network_ties.pair = '{WHOLE_STORE}';")


def _cluster_added(row: str) -> str:
    return _ties_added("cluster_ties", f"FROM cluster_ties WHERE cluster_ties.cluster_id = "
                                       f"{row}.id AND {row}.status = '{OCCURRED}'"
                       ).format(pair=f"'{WHOLE_STORE}'")


def _tie_statements(row: str, whole_store: bool) -> list[str]:
    return [_pair_pairings(row), *((_whole_store(row),) if whole_store else ())]


def _sqlite_tie_triggers(whole_store: bool) -> None:
    for name, when, statements in (
            ("added", "INSERT", _tie_statements("NEW", whole_store)),
            ("changed", "UPDATE", [_tie_removed("OLD"), *_tie_statements("NEW", whole_store)])):
        op.execute(f"DROP TRIGGER network_tie_{name}")
        body = "\n".join(statements)
        op.execute(f"CREATE TRIGGER network_tie_{name} AFTER {when} ON cluster_ties "
                   f"FOR EACH ROW BEGIN\n{body}\nEND")


def _postgresql_tie_function(whole_store: bool) -> None:
    added = "\n".join(_tie_statements("NEW", whole_store))
    op.execute(f"""CREATE OR REPLACE FUNCTION network_tie() RETURNS trigger AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                {_tie_removed("OLD")}
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                {added}
            END IF;
            RETURN NULL;
        END $$ LANGUAGE plpgsql""")


def upgrade() -> None:
    op.create_index('ix_figures_key_order', 'figures',
                    ['country_key', 'variable', 'period', 'id'])
    # the stored ties first: network_ties' triggers add up their edges and actors
    op.execute(_ties_added("cluster_ties", "FROM cluster_ties JOIN clusters ON clusters.id = "
                                           f"cluster_ties.cluster_id WHERE clusters.status = "
                                           f"'{OCCURRED}'").format(pair=f"'{WHOLE_STORE}'"))
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_tie_function(whole_store=True)
        op.execute(f"""CREATE FUNCTION network_cluster() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
                    IF TG_OP = 'UPDATE' THEN
                        {_cluster_removed("OLD")}
                    END IF;
                    {_cluster_added("NEW")}
                END IF;
                RETURN NULL;
            END $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER network_cluster AFTER INSERT OR UPDATE OF status ON clusters "
                   "FOR EACH ROW EXECUTE FUNCTION network_cluster()")
        return
    _sqlite_tie_triggers(whole_store=True)
    op.execute(f"CREATE TRIGGER network_cluster_added AFTER INSERT ON clusters FOR EACH ROW "
               f"BEGIN\n{_cluster_added('NEW')}\nEND")
    op.execute(f"CREATE TRIGGER network_cluster_changed AFTER UPDATE OF status ON clusters "
               f"FOR EACH ROW WHEN OLD.status IS NOT NEW.status BEGIN\n"
               f"{_cluster_removed('OLD')}\n{_cluster_added('NEW')}\nEND")


def downgrade() -> None:
    op.drop_index('ix_figures_key_order', table_name='figures')
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER network_cluster ON clusters")
        op.execute("DROP FUNCTION network_cluster()")
        _postgresql_tie_function(whole_store=False)
    else:
        op.execute("DROP TRIGGER network_cluster_added")
        op.execute("DROP TRIGGER network_cluster_changed")
        _sqlite_tie_triggers(whole_store=False)
    # what network_ties' triggers keep goes first: PostgreSQL runs a statement's row triggers
    # after all its rows, so taking every tie away at once made them update edges left with none
    for table in ("network_edges", "network_actors", "network_actor_clusters", "network_ties"):
        op.execute(f"DELETE FROM {table} WHERE pair = '{WHOLE_STORE}'")
