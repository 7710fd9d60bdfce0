"""StreamField blocks shared by every content area. Area-specific blocks live in their
own app's ``blocks.py``. Block names are the contract with the SPA: ``"quote"`` is
rendered by ``frontend/src/components/blocks/block-quote.tsx``."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageBlock as WagtailImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4", "hr"]


class LinkTargetMixin:
    """Validation for blocks that link either to a page or to an external URL."""

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError("Choose a page or enter a URL.")])}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading 2"), ("h3", "Heading 3")], default="h2")

    class Meta:
        icon = "title"
        template = None


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"


class ImageBlock(blocks.StructBlock):
    image = WagtailImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120)
    role = blocks.CharBlock(required=False, max_length=120, help_text="e.g. LPC candidate")

    class Meta:
        icon = "openquote"


class CallToActionBlock(LinkTargetMixin, blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    button_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")

    class Meta:
        icon = "pick"
        label = "Call to action"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250)
    answer = RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])


class FAQListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        label = "FAQ list"


class EmbedBlock(blocks.StructBlock):
    embed = WagtailEmbedBlock(help_text="A video or audio URL, e.g. a YouTube or Vimeo link.")
    title = blocks.CharBlock(max_length=160, help_text="Describes the embed for screen readers.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"


class CardBlock(LinkTargetMixin, blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    image = WagtailImageBlock(required=False)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)


class CardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    cards = blocks.ListBlock(CardBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "table"


class BodyBlock(blocks.StreamBlock):
    """The body of standard pages; other page types reuse or extend it."""

    heading = HeadingBlock()
    rich_text = RichTextBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq_list = FAQListBlock()
    embed = EmbedBlock()
    cards = CardsBlock()
