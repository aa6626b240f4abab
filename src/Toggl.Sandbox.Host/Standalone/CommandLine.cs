using System.Globalization;

namespace Toggl.Sandbox.Host.Standalone;

/// <summary>The standalone server's options: <c>--port --api-token --data --seed --rate-limit --plan --answer</c>.</summary>
internal sealed record CommandLine(SandboxOptions Options, bool SeedDemo, bool Help)
{
    public const string Usage = """
        Toggl.Sandbox.Host: a local server that answers like the Toggl Track API v9.

        Usage: dotnet run --project src/Toggl.Sandbox.Host -- [options]

          --port N                 TCP port on 127.0.0.1 (default 0: a free port)
          --api-token TOKEN        API token of the sandbox user (default: random, or the one in --data)
          --admin-token TOKEN      token of the admin route /_sandbox/ (network, quota, clock; default: random)
          --data FILE              keep data in this SQLite file (mode 0600) across restarts
          --seed demo              seed a realistic month of entries, projects, tags and clients
          --rate-limit off|toggl   enforce Toggl's 1 req/s leaky bucket and hourly quota (default off)
          --plan free|starter|premium|unlimited   plan behind the hourly quota (default free)
          --answer NAME=VALUE      how to answer where Toggl's behaviour is not recorded (repeatable;
                                   the first value is the default):
                                     me-time-entries-scope=organization|user   bad-credentials=403|401
                                     idle-current=null|404|405   tag-write=object|array
                                     tag-ids-in-write-answers=filled|null   foreign-organization-get=403|404
                                     organization-put=organization|null   delete-body=empty|null
                                     end-date=exclusive|inclusive
                                     paid-reports=none|all|exports|weekly   (these reports answer 402)
          --help                   this text

        The first line on stdout is one JSON object: {"baseUrl","apiToken","userId","workspaceId","adminUrl","adminToken"}.
        The server runs until Ctrl+C.
        """;

    /// <summary>Parses the arguments; an error names the offending option.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        int port = 0;
        string? token = null;
        string? adminToken = null;
        string? data = null;
        var seed = false;
        var limits = false;
        var plan = SandboxPlan.Free;
        var answers = new UncertainAnswers();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                return new CommandLine(new SandboxOptions(), false, true);
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg}: unknown option or missing value";
                return Empty;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535:
                    port = p;
                    break;
                case "--api-token" when value.Length > 0 && !value.Contains(':'):
                    token = value;
                    break;
                case "--admin-token" when value.Length is > 0 and <= 128 && !value.Any(char.IsWhiteSpace):
                    adminToken = value;
                    break;
                case "--data" when value.Length > 0:
                    data = value;
                    break;
                case "--seed" when value == "demo":
                    seed = true;
                    break;
                case "--rate-limit" when value is "off" or "toggl":
                    limits = value == "toggl";
                    break;
                case "--plan" when Enum.TryParse<SandboxPlan>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _):
                    plan = parsed;
                    break;
                case "--answer":
                    if (!answers.TryRead(value, out error))
                    {
                        return Empty;
                    }

                    break;
                default:
                    error = $"{arg} {value}: unknown option or invalid value";
                    return Empty;
            }
        }

        var options = new SandboxOptions
        {
            Port = port,
            ApiToken = token,
            AdminToken = adminToken,
            DataFile = data,
            LeakyBucket = limits,
            HourlyQuota = limits,
            Plan = plan,
        };
        return new CommandLine(answers.ApplyTo(options), seed, false);
    }

    private static CommandLine Empty => new(new SandboxOptions(), false, false);
}
