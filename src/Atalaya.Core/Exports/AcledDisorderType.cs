namespace Atalaya.Core.Exports;

/// <summary>ACLED's disorder_type, which follows from the event type.</summary>
internal static class AcledDisorderType
{
    public const string ViolenceAgainstCivilians = "Violence against civilians";

    public static string Of(string eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or ViolenceAgainstCivilians => "Political violence",
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "",
    };
}
