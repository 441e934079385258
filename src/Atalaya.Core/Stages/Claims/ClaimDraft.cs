using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Claims;

/// <summary>A figure read in a sentence before its date is known: the stage dates it from the sentence or the publication.</summary>
/// <param name="Start">First token of the figure in the sentence.</param>
/// <param name="End">Token after the figure.</param>
internal sealed record ClaimDraft(DocumentEntity Subject, string Attribute, double Value, string? Unit, int Start, int End, DocumentEntity? Agency = null);
