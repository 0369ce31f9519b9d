namespace Migrator.Hugo.Export;

/// <summary>
/// The smallest set of templates with which the site builds and every page renders without a theme (Hugo 0.111 and
/// later read <c>layouts/_default/</c>). Installing a theme replaces them; <c>layouts/partials/disqus.html</c> is the
/// piece worth keeping: it sends the old Disqus identifier and URL from front matter (docs/disqus.md#what-themes-send), and shows
/// nothing until <c>[services.disqus] shortname</c> is set in <c>hugo.toml</c>.
/// </summary>
internal static class HugoLayouts
{
    public static IReadOnlyList<(string Path, string Content)> All { get; } =
    [
        ("layouts/_default/baseof.html", BaseOf),
        ("layouts/_default/single.html", Single),
        ("layouts/_default/list.html", List),
        ("layouts/index.html", Index),
        ("layouts/partials/comments.html", Comments),
        ("layouts/partials/disqus.html", Disqus),
    ];

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="{{ site.LanguageCode | default "en" }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
        </head>
        <body>
        <header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></header>
        <main>
        {{ block "main" . }}{{ end }}
        </main>
        </body>
        </html>

        """;

    private const string Single = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        {{ if and (eq .Type "posts") (not .Date.IsZero) }}<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ end }}
        {{ .Content }}
        {{ with .GetTerms "categories" }}<p>Categories: {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
        {{ with .GetTerms "tags" }}<p>Tags: {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
        {{ partial "comments.html" . }}
        {{ partial "disqus.html" . }}
        </article>
        {{ end }}

        """;

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle | default "(untitled)" }}</a>{{ if not .Date.IsZero }} <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>{{ end }}</li>
        {{ end }}</ul>
        {{ end }}

        """;

    private const string Index = """
        {{ define "main" }}
        {{ .Content }}
        <ul>
        {{ range where site.RegularPages "Section" "posts" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle | default "(untitled)" }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></li>
        {{ end }}</ul>
        {{ end }}

        """;

    private const string Comments = """
        {{- /* The imported comments: data/comments/<the page's content path without extension, or the bundle's folder>.yaml. */ -}}
        {{- $data := site.Data.comments -}}
        {{- with .File -}}
        {{- $path := printf "%s%s" (replace .Dir "\\" "/") .TranslationBaseName -}}
        {{- if eq .TranslationBaseName "index" }}{{ $path = strings.TrimSuffix "/" (replace .Dir "\\" "/") }}{{ end -}}
        {{- range split $path "/" -}}
        {{- if and . (reflect.IsMap $data) }}{{ $data = index $data . }}{{ else if . }}{{ $data = false }}{{ end -}}
        {{- end -}}
        {{- else -}}{{- $data = false -}}
        {{- end -}}
        {{- if reflect.IsMap $data }}{{ with $data.comments }}
        <section class="comments">
        <h2>Comments</h2>
        {{ range $c := . }}<article class="comment" id="comment-{{ $c.id }}">
        <p><strong>{{ with $c.author_url }}<a href="{{ . }}" rel="nofollow ugc">{{ $c.author }}</a>{{ else }}{{ $c.author }}{{ end }}</strong>{{ with $c.date }} <time datetime="{{ time.Format "2006-01-02T15:04:05Z07:00" . }}">{{ time.Format "2006-01-02 15:04" . }}</time>{{ end }}{{ if and $c.parent (ne $c.parent 0) }} <a href="#comment-{{ $c.parent }}">(reply)</a>{{ end }}</p>
        {{ replace $c.content "\n" "<br>\n" | safeHTML }}
        </article>
        {{ end }}</section>
        {{ end }}{{ end -}}

        """;

    private const string Disqus = """
        {{- /* Disqus comments. Sends the old thread's identifier and URL (front matter disqus_identifier, disqus_url)
               so threads from the old site stay attached. Shows nothing until hugo.toml sets [services.disqus] shortname. */ -}}
        {{- $shortname := site.Config.Services.Disqus.Shortname -}}
        {{- if $shortname -}}
        <div id="disqus_thread"></div>
        <script>
        var disqus_config = function () {
          {{ with .Params.disqus_identifier }}this.page.identifier = {{ . }};{{ end }}
          this.page.url = {{ with .Params.disqus_url }}{{ . }}{{ else }}{{ .Permalink }}{{ end }};
          this.page.title = {{ .Title }};
        };
        (function () {
          var d = document, s = d.createElement("script");
          s.src = "https://" + {{ $shortname }} + ".disqus.com/embed.js";
          s.setAttribute("data-timestamp", +new Date());
          (d.head || d.body).appendChild(s);
        })();
        </script>
        {{- end -}}

        """;
}
