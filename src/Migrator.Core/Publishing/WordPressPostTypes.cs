using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// The one list of WordPress's post types and statuses that are not ordinary content: the types WordPress itself
/// registers, its internal bookkeeping, and the types that hold visitors' private data (contact-form entries, orders).
/// Every exporter and transform asks here (see docs/privacy.md).
/// </summary>
public static class WordPressPostTypes
{
    /// <summary>The post types WordPress core registers; any other needs a plugin (its importer refuses the item otherwise).</summary>
    private static readonly HashSet<string> CoreTypes = new(StringComparer.Ordinal)
    {
        PostTypes.Post, PostTypes.Page, PostTypes.Attachment, PostTypes.NavMenuItem, PostTypes.Revision, "custom_css",
        "customize_changeset", "oembed_cache", "user_request", "wp_block", "wp_template", "wp_template_part",
        "wp_global_styles", "wp_navigation", "wp_font_family", "wp_font_face",
    };

    /// <summary>WordPress's own types that hold no content a site shows, with the reason given in the audit.</summary>
    private static readonly Dictionary<string, string> InternalTypes = new(StringComparer.Ordinal)
    {
        [PostTypes.Revision] = "revision: an earlier version of another item",
        [PostTypes.NavMenuItem] = "nav_menu_item: a menu entry, not content (menus are not converted)",
        ["wp_block"] = "wp_block: a reusable block, kept inside the posts that use it",
        ["wp_template"] = "wp_template: a block theme template, not content",
        ["wp_template_part"] = "wp_template_part: a block theme template part, not content",
        ["wp_global_styles"] = "wp_global_styles: block theme style settings, not content",
        ["wp_navigation"] = "wp_navigation: a block theme menu, not content",
        ["custom_css"] = "custom_css: theme CSS added in the Customizer, not content",
        ["customize_changeset"] = "customize_changeset: unsaved Customizer settings, not content",
        ["oembed_cache"] = "oembed_cache: WordPress's cache of an embed, rebuilt on demand",
    };

    /// <summary>
    /// Types whose items are records of visitors or customers (names, e-mail and IP addresses, messages, orders), with
    /// what they hold. Never published; written only with <c>--include-private-data</c>, and then unpublished.
    /// </summary>
    private static readonly Dictionary<string, string> PrivateDataTypes = new(StringComparer.Ordinal)
    {
        ["feedback"] = "Jetpack contact-form entries",
        ["user_request"] = "personal-data export and erasure requests",
        ["flamingo_inbound"] = "Flamingo (Contact Form 7) messages",
        ["flamingo_contact"] = "Flamingo (Contact Form 7) address book entries",
        ["nf_sub"] = "Ninja Forms submissions",
        ["wpforms_entries"] = "WPForms entries",
        ["frm_entry"] = "Formidable Forms entries",
        ["shop_order"] = "WooCommerce orders",
        ["shop_order_placehold"] = "WooCommerce orders",
        ["shop_order_refund"] = "WooCommerce refunds",
        ["shop_subscription"] = "WooCommerce subscriptions",
        ["wc_order"] = "WooCommerce orders",
        ["edd_payment"] = "Easy Digital Downloads payments",
        ["give_payment"] = "GiveWP donations",
        ["mc4wp-form"] = "Mailchimp for WordPress sign-ups",
    };

    /// <summary>True for a type WordPress registers without a plugin.</summary>
    public static bool IsCore(string type) => CoreTypes.Contains(type);

    /// <summary>Why an item of this type is not content (WordPress bookkeeping), or null when it is content.</summary>
    public static string? InternalReason(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (InternalTypes.TryGetValue(type, out var reason))
            return reason;
        if (type.StartsWith("wp_font_", StringComparison.Ordinal))
            return $"{type}: a font installed through the block editor, not content";
        if (type.StartsWith("wp_template", StringComparison.Ordinal))
            return $"{type}: a block theme template, not content";
        return null;
    }

    /// <summary>
    /// Why an item holds visitors' private data (its type, or the status <c>spam</c> of any type), or null when it
    /// does not. Such items are skipped unless the owner asks for private data.
    /// </summary>
    public static string? PrivateDataReason(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (PrivateDataTypes.TryGetValue(post.Type, out var what))
            return $"{post.Type}: {what}, which hold visitors' personal data (e-mail and IP addresses, messages)";
        if (string.Equals(post.StatusWord, "spam", StringComparison.Ordinal))
            return $"{post.Type} marked as spam: a visitor's submission, not content";
        return null;
    }

    /// <summary>True when items of this type can carry a comment thread (content, not bookkeeping or private records).</summary>
    public static bool CanHaveComments(string type) => IsContent(type);

    /// <summary>True for a type of content a site shows its visitors: not bookkeeping (menus, revisions) nor private records.</summary>
    public static bool IsContent(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return InternalReason(type) is null && !PrivateDataTypes.ContainsKey(type) && !type.StartsWith("wp_", StringComparison.Ordinal);
    }
}
