using Atalaya.Storage.Alerts;

namespace Atalaya.Watch.Tests;

public sealed class AlertConditionsTests
{
    [Fact]
    public void The_where_text_names_each_condition_and_values_may_hold_spaces()
    {
        var conditions = AlertConditions.Parse("state=\"Baja California\" type=Violence against civilians min_fatalities=3 actor=CJNG language=es", "fosa clandestina");

        Assert.Equal(new AlertConditions("Baja California", "Violence against civilians", 3, "CJNG", "es", "fosa clandestina"), conditions);
        Assert.Equal(conditions, AlertConditions.Parse(conditions.Where(), conditions.Query));
    }

    [Theory]
    [InlineData("country=MX", "unknown condition 'country'")]
    [InlineData("min_fatalities=three", "whole number")]
    [InlineData("state=Sonora state=Sinaloa", "given twice")]
    [InlineData("Guanajuato", "not a condition")]
    [InlineData("state=", "has no value")]
    [InlineData("state=\"Baja", "not closed")]
    public void A_bad_condition_is_refused_with_the_reason(string where, string reason)
        => Assert.Contains(reason, Assert.Throws<FormatException>(() => AlertConditions.Parse(where, null)).Message, StringComparison.Ordinal);
}
