"""review: analysts' corrections, and on each event and figure whether it was reviewed

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'corrections',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('correction_id', sa.String(length=64), nullable=False),
        sa.Column('chain', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('decision', sa.String(length=8), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('doc_id', sa.String(length=32), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('sentence', sa.Text(), nullable=False),
        sa.Column('original', sa.JSON(), nullable=True),
        sa.Column('before', sa.JSON(), nullable=True),
        sa.Column('after', sa.JSON(), nullable=True),
        sa.Column('author', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('record_id', sa.String(length=48), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('correction_id'),
    )
    op.create_index('ix_corrections_chain', 'corrections', ['chain'])
    op.create_index('ix_corrections_content_hash', 'corrections', ['content_hash'])
    for table in ('events', 'figures'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('review', sa.String(length=16), nullable=True))
            batch.add_column(sa.Column('review_chain', sa.String(length=64), nullable=True))
            batch.create_index(f'ix_{table}_review_chain', ['review_chain'])


def downgrade() -> None:
    for table in ('events', 'figures'):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f'ix_{table}_review_chain')
            batch.drop_column('review_chain')
            batch.drop_column('review')
    op.drop_index('ix_corrections_content_hash', 'corrections')
    op.drop_index('ix_corrections_chain', 'corrections')
    op.drop_table('corrections')
