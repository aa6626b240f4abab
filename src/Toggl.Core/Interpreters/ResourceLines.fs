namespace Toggl.Core

/// The dry run's lines for answers about Toggl's other objects: what the cache does with them, and the
/// follow-up pages of a paged listing.
[<RequireQualifiedAccess>]
module internal ResourceLines =

    let private line kind text request =
        {
            Kind = kind
            Text = text
            Request = request
        }

    let private commitText (commit: ResourceCommit) (what: string) =
        [
            if not (what = "") then
                what
            for kind, scope in commit.Replace do
                match scope with
                | Some workspaceId ->
                    $"{string kind} objects of workspace {string workspaceId} it does not list dropped"
                | None -> $"{string kind} objects it does not list dropped"
            for kind, id in commit.Remove do
                $"{string kind} {string id} dropped"
            match commit.ArchivedClient with
            | Some clientId -> $"client {string clientId} archived and its projects inactive, locally"
            | None -> ()
            for kind, scope in commit.Synced do
                if scope = ResourceRules.UserScope then
                    $"{string kind} synced"
                else
                    $"{string kind} synced in workspace {string scope}"
        ]
        |> function
            | [] -> []
            | parts ->
                [
                    line PlannedStepKind.CacheCommit ("  then cache: " + String.concat "; " parts) None
                ]

    /// The lines of an answer's rule.
    let answer (answer: ResourceAnswer) : PlannedStep list =
        match answer.Shape with
        | ResourceShape.One kind -> commitText answer.Commit $"the {string kind} answered"
        | ResourceShape.Many kind -> commitText answer.Commit $"the {string kind} objects answered"
        | ResourceShape.Pages(kind, first) ->
            let follow =
                match ResourceRules.nextPage first with
                | Some next ->
                    let request = ResourceRequests.toHttp next

                    [
                        line
                            PlannedStepKind.FollowUp
                            ("  while a page is full ("
                             + (string ResourceRules.PageSize)
                             + "): "
                             + (string request)
                             + ", and so on")
                            (Some request)
                    ]
                | None -> []

            follow @ commitText answer.Commit $"the {string kind} objects of every page"
        | ResourceShape.Related ->
            commitText answer.Commit "the user, workspaces, clients, projects, tasks and tags answered"
        | ResourceShape.ArchivedProjectIds
        | ResourceShape.Empty -> commitText answer.Commit ""
        | ResourceShape.Quota
        | ResourceShape.Statistics
        | ResourceShape.Constraints
        | ResourceShape.CreatedOrganization
        | ResourceShape.Logged -> []
