using System.Text.Json.Serialization;

namespace Toggl.Cli.Infrastructure;

/// <summary>The state file's JSON, generated at build time: no reflection, so the tool can be compiled ahead of time.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CliState))]
[JsonSerializable(typeof(List<Configuration.RememberedWorkspace>))]
internal sealed partial class CliStateJson : JsonSerializerContext;
