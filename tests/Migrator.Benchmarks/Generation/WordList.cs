namespace Migrator.Benchmarks.Generation;

/// <summary>The built-in vocabulary every generated text is made from (written for this project, no external data).</summary>
internal static class WordList
{
    public static readonly string[] English =
    [
        "the", "a", "of", "and", "to", "in", "is", "it", "that", "for", "on", "with", "as", "was", "at", "by",
        "this", "from", "but", "not", "or", "we", "they", "one", "all", "when", "there", "which", "so", "then",
        "garden", "river", "morning", "bread", "kitchen", "window", "letter", "train", "station", "winter",
        "summer", "harbour", "lantern", "market", "bicycle", "notebook", "teapot", "orchard", "meadow", "bridge",
        "village", "mountain", "evening", "library", "workshop", "engine", "compass", "island", "journey", "street",
        "quietly", "slowly", "always", "rarely", "early", "late", "almost", "simply", "carefully", "together",
        "walked", "baked", "wrote", "painted", "found", "carried", "opened", "mended", "planted", "listened",
        "green", "warm", "old", "small", "bright", "heavy", "narrow", "patient", "curious", "honest",
        "recipe", "weekend", "photograph", "kettle", "sourdough", "postcard", "tomato", "ferry", "paddle", "cabin",
        "server", "backup", "plugin", "theme", "draft", "comment", "feed", "archive", "sitemap", "permalink",
        "neighbour", "uncle", "sister", "friend", "stranger", "teacher", "baker", "sailor", "gardener", "reader",
        "rain", "snow", "wind", "sun", "fog", "frost", "tide", "dust", "smoke", "light",
        "chapter", "question", "answer", "mistake", "lesson", "habit", "promise", "reason", "season", "moment",
    ];

    public static readonly string[] Greek =
    [
        "Ελληνικά", "κείμενο", "θάλασσα", "ουρανός", "ψωμί", "καλοκαίρι", "βιβλίο", "δρόμος", "φίλος", "νησί",
        "πρωί", "σπίτι", "λιμάνι", "ήλιος", "βουνό",
    ];

    public static readonly string[] Japanese =
    [
        "日本語", "春", "夏休み", "東京", "旅行", "写真", "料理", "朝ごはん", "電車", "友達", "雨の日", "桜",
        "山登り", "図書館", "お茶",
    ];

    public static readonly string[] AccentedLatin =
    [
        "Café", "Olé", "crème", "brûlée", "São", "Paulo", "Málaga", "Zürich", "naïve", "façade", "déjà", "vu",
        "niño", "Ångström", "Łódź", "smörgåsbord", "über", "Genève", "jalapeño", "piñata",
    ];

    public static readonly string[] CategoryNames =
    [
        "Travel", "Food", "Recipes", "Baking", "Photography", "Technology", "WordPress", "Plugins", "Garden",
        "Books", "Notes", "Family", "Tips &amp; Tricks", "Cycling", "Music", "Projects", "Κουζίνα", "旅行記",
    ];

    public static readonly string[] TagNames =
    [
        "bread", "rain", "ferry", "maps", "how-to", "review", "weekend", "tea", "summer", "winter", "kids", "code",
        "backup", "migration", "photos", "sourdough", "hiking", "café", "θάλασσα", "写真", "rock &amp; roll",
        "long read", "quick tip", "update", "archive",
    ];

    public static readonly (string Login, string Display, string First, string Last)[] Authors =
    [
        ("admin", "Site Admin", "", ""),
        ("mara", "Mara Lindqvist", "Mara", "Lindqvist"),
        ("tomasz.k", "Tomasz K.", "Tomasz", "Kowalczyk"),
        ("eleni", "Ελένη Παππά", "Ελένη", "Παππά"),
        ("kenji", "山田 健二", "健二", "山田"),
        ("guest-writer", "Guest Writer", "", ""),
    ];

    public static readonly string[] CommenterNames =
    [
        "Anna", "Ben", "Chloé", "Dmitri", "Efua", "Farid", "Greta", "Hiro", "Ines", "José", "Kai", "Lena",
        "Mo", "Niamh", "Oskar", "Priya", "Quentin", "Rosa", "Sam &amp; Jo", "Ταξιάρχης", "さくら",
    ];

    public static readonly string[] UnknownShortcodes =
    [
        "[contact-form-7 id=\"42\" title=\"Contact form 1\"]",
        "[pullout style=\"wide\"]",
        "[toc]",
        "[mailpoet_form id=\"1\"]",
        "[recipe-card servings=4 time='45 min']",
    ];

    public static readonly string[] CodeLines =
    [
        "for (int i = 0; i &lt; items.Count; i++)",
        "{",
        "    total += items[i].Price;",
        "}",
        "if (a[b[0]]>1) return;",
        "echo \"Hello &amp; welcome\";",
        "$ sudo systemctl restart nginx",
        "x = [n * 2 for n in range(10)]",
        "&lt;?php the_content(); ?&gt;",
        "    // keep the blank line below",
        "",
        "SELECT ID, post_title FROM wp_posts WHERE post_status = 'publish';",
    ];
}
