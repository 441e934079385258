namespace Atalaya.Core.Exports;

/// <summary>One line of data/geo/countries.tsv: ISO 3166-1 codes, English name and ACLED region.</summary>
/// <param name="Numeric">ISO numeric code ("484"); empty when the country has none (Kosovo).</param>
public sealed record Country(string Alpha2, string Alpha3, string Numeric, string Name, string Region);
