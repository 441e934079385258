using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Claims;

/// <summary>The dates of a sentence, read on first use: the date reader is dear, and most sentences read give no claim.</summary>
internal sealed class LazyDates(Func<IReadOnlyList<DateMention>> read)
{
    private IReadOnlyList<DateMention>? dates;

    public IReadOnlyList<DateMention> All => dates ??= read();
}
