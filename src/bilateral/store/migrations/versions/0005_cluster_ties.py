"""clusters keep their actors' ties, so that the network reads one row per real event

Revision ID: 0005
Revises: 0004

Nothing to fill: 0004 dropped the stored clusters, and the linker writes the ties of every
cluster it makes (so this migration reads nothing of the linking stage above the store).
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clusters') as batch:
        batch.add_column(sa.Column('ties', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('clusters') as batch:
        batch.drop_column('ties')
