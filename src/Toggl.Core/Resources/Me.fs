namespace Toggl.Core

/// The signed-in user: `GET /me`, `/me/logged`, `PUT /me`, `/me/quota` (the Python library's UserEndpoint).
[<RequireQualifiedAccess>]
module Me =

    /// The user; from the cache when synced within `MaxAge` and not `refresh`.
    let get (endpoint: TrackerEndpoint) (refresh: bool) : TogglCall<TogglMe> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.read
                context
                refresh
                {
                    Kind = ResourceKind.Me
                    Request = ResourceRequest.Me false
                    Shape = ResourceShape.One ResourceKind.Me
                    Cached = []
                    Enough = List.exists (Pick.me >> Option.isSome)
                    Full = true
                    Tolerate = None
                    Finish =
                        fun resources ->
                            match resources |> List.tryPick Pick.me with
                            | Some me -> Ok me
                            | None ->
                                Error(
                                    TogglError.Decode
                                        {
                                            Path = "$"
                                            Message = "the answer has no user"
                                        }
                                )
                })

    /// Whether the credentials are good: 200 → true, 403 → false (Toggl's answer to bad credentials).
    let logged (endpoint: TrackerEndpoint) : TogglCall<bool> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.answer
                context
                ResourceRequest.MeLogged
                ResourceShape.Logged
                (OnFailure.Tolerate
                    {
                        Statuses = [ 403 ]
                        Always = true
                        Drop = None
                    })
                (fun o ->
                    match o with
                    | Outcome.Logged logged -> Some logged
                    | _ -> None))

    /// Updates the user.
    let update (endpoint: TrackerEndpoint) (body: MeBody) : TogglCall<TogglMe> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.write context ResourceKind.Me (ResourceRequest.MeUpdate body) Pick.me)

    /// The user's quota buckets.
    let quota (endpoint: TrackerEndpoint) : TogglCall<QuotaBucket list> =
        TogglCall.over endpoint (fun context ->
            ResourcePlans.answer context ResourceRequest.MeQuota ResourceShape.Quota OnFailure.Fail (fun o ->
                match o with
                | Outcome.Quota buckets -> Some buckets
                | _ -> None))

    /// The user's default workspace: from the cached user, else one `GET /me`, cached (asked once, remembered).
    let defaultWorkspace (endpoint: TrackerEndpoint) : TogglCall<int64> =
        TogglCall.over endpoint ResourcePlans.defaultWorkspace
