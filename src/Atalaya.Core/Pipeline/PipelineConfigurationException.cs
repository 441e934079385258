namespace Atalaya.Core.Pipeline;

/// <summary>Thrown when a pipeline is built whose stages need something no earlier stage writes.</summary>
public sealed class PipelineConfigurationException : Exception
{
    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    public PipelineConfigurationException()
    {
    }

    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
