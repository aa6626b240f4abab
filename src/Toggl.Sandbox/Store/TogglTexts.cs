namespace Toggl.Sandbox.Store;

/// <summary>
/// Toggl's error texts. Those marked "recorded" or "documented" are Toggl's own words
/// (docs/toggl-api.md §3.1, §6, §8); those marked "sandbox" are ours where the spec records none.
/// </summary>
internal static class TogglTexts
{
    /// <summary>Recorded (docs/toggl-api.md §2, §3.1).</summary>
    public const string NoAccess = "User does not have access to this resource";

    /// <summary>Sandbox: Toggl's text for bad credentials is not recorded; this is the Reports API's 401 text (docs/toggl-api.md §2).</summary>
    public const string BadCredentials = "Incorrect username and/or password";

    /// <summary>Recorded (docs/toggl-api.md §3.1, GET /me/time_entries).</summary>
    public const string SinceAndBefore = "'since' and 'before' can not be present simultaneously";

    /// <summary>Recorded (docs/toggl-api.md §3.1): "start_date must not be earlier than 2024-09-16".</summary>
    public const string StartDateFloorPrefix = "start_date must not be earlier than ";

    /// <summary>Recorded (docs/toggl-api.md §3.1, POST without start).</summary>
    public const string StartRequired = "start is required for time entry creation";

    /// <summary>Recorded (docs/toggl-api.md §3.1).</summary>
    public const string StartYear = "Start time year must be between 2006 and 2030";

    /// <summary>Documented (docs/toggl-api.md §3.1, stop).</summary>
    public const string InvalidTimeEntryId = "Invalid or missing time_entry_id";

    /// <summary>Documented (docs/toggl-api.md §3.1, stop).</summary>
    public const string TimeEntryNotFound = "Time entry not found";

    /// <summary>Documented (docs/toggl-api.md §3.1, stop).</summary>
    public const string AlreadyStopped = "Time entry already stopped";

    /// <summary>Documented (docs/toggl-api.md §3.1, GET TE by id).</summary>
    public const string ResourceNotFound = "Resource can not be found";

    /// <summary>Documented (docs/toggl-api.md §3.1, tags).</summary>
    public const string TagNameBlank = "tag name can't be blank";

    /// <summary>Documented (docs/toggl-api.md §3.1, tags): "a tag with the name '{name}' already exists".</summary>
    public static string TagExists(string name) => $"a tag with the name '{name}' already exists";

    /// <summary>Documented (docs/toggl-api.md §3.1, tags; also used for any unparseable body).</summary>
    public const string InvalidJson = "Invalid JSON input";

    /// <summary>Documented (docs/toggl-api.md §3.1, tags).</summary>
    public const string TagNotFound = "Tag was not found";

    /// <summary>Documented (docs/toggl-api.md §3.1, clients).</summary>
    public const string ClientNameEmpty = "Client name cannot be empty";

    /// <summary>Documented (docs/toggl-api.md §3.1, clients): "Client name maximum length is {n}".</summary>
    public static string ClientNameTooLong(int max) => $"Client name maximum length is {max}";

    /// <summary>Documented (docs/toggl-api.md §3.1, clients): "No client with ID {id} was found".</summary>
    public static string ClientNotFound(long id) => $"No client with ID {id} was found";

    /// <summary>Documented (docs/toggl-api.md §8.6).</summary>
    public const string ClientStatusInvalid = "Client status is invalid";

    /// <summary>Documented (docs/toggl-api.md §3.1, projects): "Client with the ID {client ID} isn't present in workspace {workspace ID}".</summary>
    public static string ClientNotInWorkspace(long clientId, long workspaceId) =>
        $"Client with the ID {clientId} isn't present in workspace {workspaceId}";

    /// <summary>Documented (docs/toggl-api.md §3.1, projects).</summary>
    public const string ProjectColor = "color must be a hex value in the form of #[0-9a-f]{6}";

    /// <summary>Documented (docs/toggl-api.md §3.1, projects).</summary>
    public const string InvalidProjectId = "Invalid project_id";

    /// <summary>Sandbox: duplicate project name (Toggl's text not recorded).</summary>
    public const string ProjectNameTaken = "Name has already been taken";

    /// <summary>Sandbox: blank project name (Toggl's text not recorded).</summary>
    public const string ProjectNameBlank = "Project name can not be empty";

    /// <summary>Sandbox: project lookup miss on the project endpoints.</summary>
    public const string ProjectNotFound = "Project not found";

    /// <summary>Third-party fixture (docs/toggl-api.md §3.1, PUT TE with a project the user cannot use).</summary>
    public const string CannotAccessProject = "User cannot access the selected project";

    /// <summary>Documented (docs/toggl-api.md §8.3).</summary>
    public const string WorkspaceNotFound = "Workspace not found";

    /// <summary>Toggl v8's text for a missing created_with (used only with <see cref="SandboxOptions.RequireCreatedWith"/>).</summary>
    public const string CreatedWithRequired = "created_with needs to be provided an a valid string";

    /// <summary>Sandbox: stop before start.</summary>
    public const string StopBeforeStart = "Stop time must be after start time";

    /// <summary>Sandbox: a duration whose stop lies beyond the calendar.</summary>
    public const string DurationOutOfRange = "duration is out of range";

    /// <summary>Sandbox: a duration of 1000 hours or more (Toggl's text is not recorded; its apps stop at 999:59:59).</summary>
    public const string DurationTooLong = "duration must be less than 1000 hours";

    /// <summary>Sandbox: a negative duration that is neither −1 nor −start (docs/toggl-api.md §7.2: the running markers clients send).</summary>
    public const string RunningDuration = "duration of a running time entry must be -1 or minus its start as UNIX seconds";

    /// <summary>Sandbox: tag ids that do not exist in the workspace.</summary>
    public const string InvalidTagIds = "Invalid tag_ids";

    /// <summary>Third-party fixture (docs/toggl-api.md §6.6) for a bulk-edit id that is missing.</summary>
    public static string BulkNotFound(long id) => $"Time entry with ID: {id} was not found/is not accessible";

    /// <summary>Third-party client text (docs/toggl-api.md §6.6) for more than 100 bulk ids (the server's is not recorded).</summary>
    public const string BulkTooMany = "Limit to max TimeEntry IDs exceeded.";

    /// <summary>Sandbox: the mixes of docs/toggl-api.md §6.1 beyond since+before ("... can not be present simultaneously", assumed).</summary>
    public static string NotSimultaneously(string a, string b) => $"'{a}' and '{b}' can not be present simultaneously";

    /// <summary>Sandbox: start_date without end_date or the reverse (docs/toggl-api.md §6.1 "must be used together").</summary>
    public const string StartEndTogether = "start_date and end_date must be used together";

    /// <summary>Sandbox: a query parameter that does not parse.</summary>
    public static string InvalidParameter(string name) => $"Invalid value for '{name}'";

    /// <summary>Third-party fixture (docs/toggl-api.md §4.2), the 402 body of an exhausted hourly quota.</summary>
    public static string QuotaExhausted(long resetsInSeconds) =>
        $"You have hit your hourly limit for API calls. The quota will reset in {resetsInSeconds} seconds.";

    /// <summary>Sandbox: a blank organization name (Toggl's text not recorded).</summary>
    public const string OrganizationNameBlank = "Organization name can not be empty";

    /// <summary>Sandbox: a blank workspace name (Toggl's text not recorded).</summary>
    public const string WorkspaceNameBlank = "Workspace name can not be empty";

    /// <summary>Sandbox: a <c>rounding</c> other than −1, 0 or 1 (docs/toggl-api.md §8.2).</summary>
    public const string InvalidRounding = "rounding must be -1, 0 or 1";

    /// <summary>Sandbox: a <c>rate_change_mode</c> outside docs/toggl-api.md §8.3's three.</summary>
    public const string InvalidRateChangeMode = "rate_change_mode must be one of start-today, override-current, override-all";

    /// <summary>Sandbox: a task id that is not a number.</summary>
    public const string InvalidTaskId = "Invalid task_id";

    /// <summary>Sandbox: a task lookup miss (Toggl's text not recorded).</summary>
    public const string TaskNotFound = "Task not found";

    /// <summary>Sandbox: a blank task name (Toggl's text not recorded).</summary>
    public const string TaskNameBlank = "Task name can not be empty";

    /// <summary>Sandbox: a duplicate task name in a project (Toggl's text not recorded).</summary>
    public const string TaskNameTaken = "Task name has already been taken";

    /// <summary>Sandbox: a negative task estimate.</summary>
    public const string TaskEstimateNegative = "estimated_seconds must not be negative";

    /// <summary>Sandbox: a blank email on PUT /me.</summary>
    public const string EmailInvalid = "Invalid email";

    /// <summary>Sandbox: a <c>beginning_of_week</c> outside 0–6.</summary>
    public const string BeginningOfWeek = "beginning_of_week must be between 0 and 6";

    /// <summary>Sandbox: a timezone that is not an IANA zone.</summary>
    public const string InvalidTimezone = "Invalid timezone";

    /// <summary>Sandbox: a blank full name on PUT /me.</summary>
    public const string FullNameBlank = "fullname can not be empty";

    /// <summary>Sandbox: a new password without the right current one on PUT /me.</summary>
    public const string CurrentPasswordInvalid = "Current password is not valid";
}
