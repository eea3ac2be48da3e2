"""clusters keep their actors' ties, so that the network reads one row per real event

Revision ID: 0005
Revises: 0004
"""
from types import SimpleNamespace

import sqlalchemy as sa
from alembic import op

from bilateral.linking.events import cluster_ties, event_ties

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BACKFILL_ROWS = 5000  # events read per query


def _fill_ties() -> None:
    connection = op.get_bind()
    events = sa.table("events", sa.column("id"), sa.column("cluster_id"),
                      sa.column("source", sa.JSON), sa.column("target", sa.JSON),
                      sa.column("participants", sa.JSON))
    clusters = sa.table("clusters", sa.column("id"), sa.column("ties", sa.JSON))
    members: dict[int, list[SimpleNamespace]] = {}
    last = (0, 0)
    while True:
        rows = connection.execute(
            sa.select(events).where(events.c.cluster_id.is_not(None),
                                    sa.tuple_(events.c.cluster_id, events.c.id) > last)
            .order_by(events.c.cluster_id, events.c.id).limit(BACKFILL_ROWS)).all()
        for row in rows:
            members.setdefault(row.cluster_id, []).append(
                SimpleNamespace(ties=event_ties(row.source, row.target, row.participants)))
        done = [cid for cid in members if not rows or cid < rows[-1].cluster_id]
        if done:
            connection.execute(clusters.update().where(clusters.c.id == sa.bindparam("cid"))
                               .values(ties=sa.bindparam("value")),
                               [{"cid": cid, "value": cluster_ties(members.pop(cid))}
                                for cid in done])
        if not rows:
            return
        last = (rows[-1].cluster_id, rows[-1].id)


def upgrade() -> None:
    with op.batch_alter_table('clusters') as batch:
        batch.add_column(sa.Column('ties', sa.JSON(), nullable=True))
    _fill_ties()


def downgrade() -> None:
    with op.batch_alter_table('clusters') as batch:
        batch.drop_column('ties')
