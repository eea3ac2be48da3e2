"""figure conflicts kept by the linker, read by the pages instead of computed per request

Nothing is computed here (the rule is in the linking stage, above the store): every stored
figure starts unchecked, and the linker finds the conflicts of their groups at its next run
(the next ingest, ``bilateral analyze``, or ``serve`` on a writable store).

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'figure_conflicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('variable', sa.String(length=32), nullable=False),
        sa.Column('country_key', sa.String(length=64), nullable=False),
        sa.Column('countries', sa.JSON(), nullable=False),
        sa.Column('direction', sa.String(length=16), nullable=True),
        sa.Column('unit', sa.String(length=16), nullable=False),
        sa.Column('group_period', sa.String(length=32), nullable=True),
        sa.Column('group_figure', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('disagreements', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_figure_conflicts_group', 'figure_conflicts', ['variable', 'country_key'])
    op.create_table(
        'figure_conflict_sides',
        sa.Column('conflict_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('figure_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['conflict_id'], ['figure_conflicts.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['figure_id'], ['figures.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conflict_id', 'position'),
    )
    op.create_index('ix_figure_conflict_sides_figure_id', 'figure_conflict_sides', ['figure_id'])
    with op.batch_alter_table('figures') as batch:
        batch.add_column(sa.Column('conflicts_checked', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.create_index('ix_figures_conflicts_checked', ['conflicts_checked'])


def downgrade() -> None:
    with op.batch_alter_table('figures') as batch:
        batch.drop_index('ix_figures_conflicts_checked')
        batch.drop_column('conflicts_checked')
    op.drop_index('ix_figure_conflict_sides_figure_id', table_name='figure_conflict_sides')
    op.drop_table('figure_conflict_sides')
    op.drop_index('ix_figure_conflicts_group', table_name='figure_conflicts')
    op.drop_table('figure_conflicts')
