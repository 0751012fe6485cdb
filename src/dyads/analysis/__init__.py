"""What the archive's events add up to: groups (one per happening), stories (one per exchange),
time series and the actor network. Every function takes the store it reads."""

from dyads.analysis.aggregates import actor_network, actor_totals, network_data, timeline
from dyads.analysis.groups import groups, update_groups
from dyads.analysis.stories import stories, story, update_stories

__all__ = ["actor_network", "actor_totals", "groups", "network_data", "stories", "story",
           "timeline", "update_groups", "update_stories"]
