namespace Toggl.Cli.Output;

/// <summary>How a listing command prints: a table for people, JSON or CSV for scripts.</summary>
internal enum OutputFormat
{
    /// <summary>A table (the default).</summary>
    Table,

    /// <summary>JSON in the stable shape documented in src/Toggl.Cli/README.md.</summary>
    Json,

    /// <summary>CSV with a header row (RFC 4180 quoting).</summary>
    Csv,
}
