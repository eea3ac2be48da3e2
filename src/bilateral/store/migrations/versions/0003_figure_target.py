"""figures: a target flag (a goal such as "raise trade to $100bn by 2025", not a value reached)

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('figures') as batch:
        batch.add_column(sa.Column('target', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('figures') as batch:
        batch.drop_column('target')
