"""Cache invalidation for the blog's snippets and comments. Read counts never
invalidate: they change on every read, and the SPA shows the count the read returns."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag

from blog.models import BlogCategory, Comment, GuestAuthor
from core.signals import invalidate, invalidate_on_change

for model in (BlogCategory, GuestAuthor, Tag):
    invalidate_on_change(model)


@receiver(post_save, sender=Comment, dispatch_uid="firelight-comment-saved")
def on_comment_saved(sender, instance: Comment, created: bool, **kwargs):
    # Only a change visitors can see: new comments await moderation, so a flood of
    # them cannot flush the cache.
    if instance.status == Comment.Status.APPROVED or instance.was_public:
        invalidate()
    instance._loaded_status = instance.status


@receiver(post_delete, sender=Comment, dispatch_uid="firelight-comment-deleted")
def on_comment_deleted(sender, instance: Comment, **kwargs):
    if instance.status == Comment.Status.APPROVED or instance.was_public:
        invalidate()
