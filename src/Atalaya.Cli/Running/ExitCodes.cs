namespace Atalaya.Cli.Running;

internal static class ExitCodes
{
    /// <summary>At least one document was read (some inputs may have failed: see standard error).</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 1;

    /// <summary>Nothing could be read (or no entity found), the store or data folder could not be used, or the server could not listen.</summary>
    public const int NothingRead = 2;

    /// <summary>With --strict: documents were read, but a stage failed on at least one of them.</summary>
    public const int StageFailed = 3;
}
