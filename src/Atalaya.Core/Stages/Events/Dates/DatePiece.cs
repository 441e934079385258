namespace Atalaya.Core.Stages.Events.Dates;

internal enum PieceKind : byte
{
    Word,
    Number,
    Other,
}

/// <summary>
/// One word of a sentence, folded, or a number or sign token: phrases are matched over pieces so
/// that "l'an dernier" and "mid-January" meet "an" and "january" inside their tokens.
/// </summary>
/// <param name="Word">The folded word; empty for numbers and signs.</param>
/// <param name="Token">Index of the token it comes from.</param>
internal readonly record struct DatePiece(string Word, int Token, PieceKind Kind);
