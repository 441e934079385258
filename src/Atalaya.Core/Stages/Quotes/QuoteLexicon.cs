using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Stages.Quotes;

/// <summary>The speech verbs of every language (data/lang/&lt;code&gt;/speech_verbs.tsv), as one matcher a language.</summary>
internal sealed class QuoteLexicon
{
    private readonly Dictionary<string, WordMatcher> languages = new(StringComparer.Ordinal);

    public QuoteLexicon(IReadOnlyDictionary<string, LanguagePack> packs)
    {
        foreach (var (code, pack) in packs)
        {
            if (pack.SpeechVerbs.Count > 0)
            {
                languages[code] = new WordMatcher(pack.SpeechVerbs.Select(v => (v, "speech")));
            }
        }
    }

    /// <summary>The speech verbs of <paramref name="language"/>, or null when it has none (then no quotes are read).</summary>
    public WordMatcher? For(string language) => languages.GetValueOrDefault(language);
}
