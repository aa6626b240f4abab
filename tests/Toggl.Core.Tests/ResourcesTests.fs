module Toggl.Core.Tests.ResourcesTests

open System
open System.IO
open System.Threading
open System.Threading.Tasks
open Expecto
open FsCheck
open FsCheck.FSharp
open Microsoft.Extensions.Time.Testing
open Toggl.Core
open Toggl.Sandbox

/// Which cache the endpoint under test writes to.
type ResourceCacheKind =
    | NoCache
    | JsonFile
    | Sqlite

    member kind.Name =
        match kind with
        | NoCache -> "no cache"
        | JsonFile -> "JSON file cache"
        | Sqlite -> "SQLite cache"

/// A sandbox and an endpoint over the HTTP interpreter (which keeps the quota per bucket), sharing one clock.
type ResourceFixture =
    {
        Sandbox: TogglSandbox
        Http: TogglHttp
        Endpoint: TrackerEndpoint
        Clock: FakeTimeProvider
    }

    /// The requests the sandbox received: method, path and query.
    member fixture.Log =
        fixture.Sandbox.RequestLog
        |> Seq.map (fun r -> r.Method, r.Path, r.Query)
        |> List.ofSeq

    /// How many requests the sandbox received.
    member fixture.Count = fixture.Sandbox.RequestLog.Count

let private ct = CancellationToken.None

let private orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failtestf "expected success, got %s" (TogglError.message error)

let private run (call: TogglCall<'T>) =
    task {
        let! result = TogglCall.run call ct
        return orFail result
    }

let private settingsFor (sandbox: TogglSandbox) (token: string) =
    let auth = BasicAuth.ApiToken token |> orFail

    { HttpSettings.create auth with
        BaseAddress = sandbox.BaseAddress
        BaseDelay = TimeSpan.FromMilliseconds 1.
        MaxDelay = TimeSpan.FromMilliseconds 5.
    }

let private withResourcesOptions
    (options: FakeTimeProvider -> SandboxOptions)
    (kind: ResourceCacheKind)
    (reRaise: bool)
    (maxAge: TimeSpan option)
    (body: ResourceFixture -> Task<unit>)
    =
    task {
        let folder =
            Path.Combine(Path.GetTempPath(), "togglfun-resources-" + Guid.NewGuid().ToString("N"))

        Directory.CreateDirectory folder |> ignore
        let clock = FakeTimeProvider(DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
        let! sandbox = TogglSandbox.StartAsync(options clock)

        let http = HttpInterpreter.create (settingsFor sandbox sandbox.ApiToken) |> orFail

        let cache: ITrackerCache option =
            match kind with
            | NoCache -> None
            | JsonFile -> Some(new JsonFileCache(Path.Combine(folder, "json"), None))
            | Sqlite -> Some(new SqliteCache(Path.Combine(folder, "cache.sqlite"), None))

        let endpoint =
            { Trackers.over sandbox.WorkspaceId http with
                Cache = cache
                ReRaise = reRaise
                Clock = clock
                MaxAge = maxAge
            }

        try
            do!
                body
                    {
                        Sandbox = sandbox
                        Http = http
                        Endpoint = endpoint
                        Clock = clock
                    }
        finally
            cache |> Option.iter (fun c -> c.Dispose())
            http.Dispose()
            sandbox.DisposeAsync().AsTask().Wait()

            try
                Directory.Delete(folder, true)
            with _ ->
                ()
    }

let private withResources kind reRaise maxAge body =
    withResourcesOptions (fun clock -> SandboxOptions(TimeProvider = clock)) kind reRaise maxAge body

let private named (name: string) : ProjectBody =
    { ResourceBody.project with
        Name = Field.Set name
    }

/// The path of a logged request below the API base (`/api/v9/…`).
let private endsWith (suffix: string) (path: string) =
    path.EndsWith(suffix, StringComparison.Ordinal)

/// The end-to-end behaviour of every resource, for one cache kind.
let private behaviour (kind: ResourceCacheKind) =
    let hasCache = kind <> NoCache

    testList
        kind.Name
        [
            testTask "projects: create, get, update, list, delete" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! created = run (Projects.create f.Endpoint (named "Launch"))
                            Expect.equal created.Name "Launch" "created"
                            Expect.equal created.WorkspaceId f.Sandbox.WorkspaceId "in the endpoint's workspace"
                            let! got = run (Projects.get f.Endpoint created.Id true)
                            Expect.equal (got |> Option.map (fun p -> p.Name)) (Some "Launch") "got"

                            let! updated =
                                run (
                                    Projects.update
                                        f.Endpoint
                                        created.Id
                                        { ResourceBody.project with
                                            Name = Field.Set "Relaunch"
                                            Active = Field.Set false
                                        }
                                )

                            Expect.equal (updated.Name, updated.Active) ("Relaunch", false) "updated"
                            let! listed = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                            Expect.contains (listed |> List.map (fun p -> p.Name)) "Relaunch" "listed"

                            let! archivedOnly =
                                run (
                                    Projects.list
                                        f.Endpoint
                                        { ResourceBody.allProjects with
                                            Active = Some false
                                        }
                                        true
                                )

                            Expect.equal
                                (archivedOnly |> List.map (fun p -> p.Id))
                                [ created.Id ]
                                "the active filter reaches Toggl"

                            do! run (Projects.delete f.Endpoint created.Id)

                            Expect.isFalse
                                (f.Sandbox.Projects |> Seq.exists (fun p -> p.Id = created.Id))
                                "deleted on Toggl"

                            let! gone = run (Projects.get f.Endpoint created.Id false)
                            Expect.isNone gone "404 → None, and not answered from the cache"
                            do! run (Projects.delete f.Endpoint created.Id)
                        })
            }

            testTask "a fresh cache answers project, client and tag lists with 0 requests" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            f.Sandbox.AddProject("Seeded") |> ignore
                            f.Sandbox.AddTag("seeded") |> ignore
                            f.Sandbox.AddClient("Acme") |> ignore
                            let! first = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                            let! _ = run (Tags.list f.Endpoint false)
                            let! _ = run (Clients.list f.Endpoint ResourceBody.allClients false)
                            Expect.equal f.Count 3 "one listing each"
                            f.Sandbox.ClearRequestLog()
                            let! again = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                            let! tags = run (Tags.list f.Endpoint false)
                            let! clients = run (Clients.list f.Endpoint ResourceBody.allClients false)
                            let expected = if hasCache then 0 else 3
                            Expect.equal f.Count expected "a synced cache answers without a request"
                            Expect.equal again first "the same projects"
                            Expect.contains (tags |> List.map (fun t -> t.Name)) "seeded" "tags"
                            Expect.contains (clients |> List.map (fun c -> c.Name)) "Acme" "clients"
                        })
            }

            testTask "a full listing drops cached projects Toggl no longer lists" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! kept = run (Projects.create f.Endpoint (named "Kept"))
                            let! gone = run (Projects.create f.Endpoint (named "Gone"))
                            let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                            // Deleted elsewhere: the next full listing is the truth for the workspace.
                            let other = f.Sandbox.CreateClient()
                            let! response = other.DeleteAsync($"workspaces/{f.Sandbox.WorkspaceId}/projects/{gone.Id}")
                            Expect.isTrue response.IsSuccessStatusCode "deleted elsewhere"
                            // Within the overlap a missing object may be one another process created while the
                            // listing was on its way: it stays; a listing past the overlap drops it.
                            let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)

                            if f.Endpoint.Cache.IsSome then
                                let! within = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                                Expect.contains (within |> List.map (fun p -> p.Id)) gone.Id "kept within the overlap"

                            f.Clock.Advance(TimeSpan.FromMinutes 2.)
                            let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                            f.Sandbox.ClearRequestLog()
                            let! cached = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                            let ids = cached |> List.map (fun p -> p.Id)
                            Expect.contains ids kept.Id "kept"
                            Expect.isFalse (List.contains gone.Id ids) "the vanished project left the cache"
                        })
            }

            testTask "a listing answered before another process cached a newer copy neither drops nor undoes it" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            match f.Endpoint.Cache with
                            | None -> ()
                            | Some cache ->
                                let! listed = run (Projects.create f.Endpoint (named "Listed"))
                                let later = Some(f.Clock.GetUtcNow() + TimeSpan.FromMinutes 5.)
                                // Another process renamed one and created another after the listing below left.
                                let renamed =
                                    ResourceJson.toCached (
                                        TogglResource.Project
                                            { listed with
                                                Name = "Renamed elsewhere"
                                                At = later
                                            }
                                    )

                                let created =
                                    ResourceJson.toCached (
                                        TogglResource.Project
                                            { listed with
                                                Id = listed.Id + 1000L
                                                Name = "Created elsewhere"
                                                At = later
                                            }
                                    )

                                let! committed =
                                    cache.CommitResources(
                                        { ResourceChange.empty with
                                            Upserts = [ renamed; created ]
                                        },
                                        ct
                                    )

                                Expect.isOk committed "the other process's commit"
                                let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                                let! cached = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                                let names = cached |> List.map (fun p -> p.Name) |> List.sort
                                Expect.equal names [ "Created elsewhere"; "Renamed elsewhere" ] "the newer copies stay"
                        })
            }

            testTask "tasks: create, get, update, list, delete" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! project = run (Projects.create f.Endpoint (named "With tasks"))

                            let! created =
                                run (
                                    ProjectTasks.create
                                        f.Endpoint
                                        project.Id
                                        { ResourceBody.task with
                                            Name = Field.Set "Design"
                                        }
                                )

                            Expect.equal (created.Name, created.ProjectId) ("Design", project.Id) "created"
                            let! got = run (ProjectTasks.get f.Endpoint project.Id created.Id true)
                            Expect.equal (got |> Option.map (fun t -> t.Id)) (Some created.Id) "got"

                            let! updated =
                                run (
                                    ProjectTasks.update
                                        f.Endpoint
                                        project.Id
                                        created.Id
                                        { ResourceBody.task with
                                            Active = Field.Set false
                                        }
                                )

                            Expect.isFalse updated.Active "done"

                            let! listed =
                                run (
                                    ProjectTasks.list
                                        f.Endpoint
                                        { ResourceBody.allTasks with
                                            ProjectId = Some project.Id
                                        }
                                        true
                                )

                            Expect.equal (listed |> List.map (fun t -> t.Id)) [ created.Id ] "listed"
                            do! run (ProjectTasks.delete f.Endpoint project.Id created.Id)
                            let! gone = run (ProjectTasks.get f.Endpoint project.Id created.Id true)
                            Expect.isNone gone "404 → None"
                        })
            }

            testTask "tags: create, rename, list, delete" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! tag = run (Tags.create f.Endpoint "focus")
                            let! renamed = run (Tags.rename f.Endpoint tag.Id "deep focus")
                            Expect.equal renamed.Name "deep focus" "renamed"
                            let! listed = run (Tags.list f.Endpoint true)
                            Expect.contains (listed |> List.map (fun t -> t.Name)) "deep focus" "listed"
                            do! run (Tags.delete f.Endpoint tag.Id)
                            let! after = run (Tags.list f.Endpoint false)
                            Expect.isFalse (after |> List.exists (fun t -> t.Id = tag.Id)) "deleted, in the cache too"
                        })
            }

            testTask
                "clients: create, update, archive (projects inactive in the cache, no extra request), restore, delete" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! client =
                                run (
                                    Clients.create
                                        f.Endpoint
                                        { ResourceBody.client with
                                            Name = Field.Set "Acme"
                                        }
                                )

                            let! updated =
                                run (
                                    Clients.update
                                        f.Endpoint
                                        client.Id
                                        { ResourceBody.client with
                                            Notes = Field.Set "since 2020"
                                        }
                                )

                            Expect.equal updated.Notes (Some "since 2020") "updated"

                            let! project =
                                run (
                                    Projects.create
                                        f.Endpoint
                                        { named "For Acme" with
                                            ClientId = Field.Set client.Id
                                        }
                                )

                            let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                            let! _ = run (Clients.list f.Endpoint ResourceBody.allClients true)
                            f.Sandbox.ClearRequestLog()
                            let! archived = run (Clients.archive f.Endpoint client.Id)
                            Expect.equal archived [ project.Id ] "Toggl archived its project"
                            Expect.equal f.Count 1 "one request"

                            if hasCache then
                                let! projects = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                                let! clients = run (Clients.list f.Endpoint ResourceBody.allClients false)
                                Expect.equal f.Count 1 "answered from the cache"

                                Expect.isFalse
                                    (projects |> List.find (fun p -> p.Id = project.Id)).Active
                                    "its project inactive in the cache"

                                Expect.isTrue
                                    (clients |> List.find (fun c -> c.Id = client.Id)).Archived
                                    "archived in the cache"

                            let! restored = run (Clients.restore f.Endpoint client.Id)
                            Expect.isFalse restored.Archived "restored"
                            let! got = run (Clients.get f.Endpoint client.Id false)
                            Expect.equal (got |> Option.map (fun c -> c.Archived)) (Some false) "restored in the cache"
                            do! run (Clients.delete f.Endpoint client.Id)
                            let! gone = run (Clients.get f.Endpoint client.Id true)
                            Expect.isNone gone "404 → None"
                        })
            }

            testTask "me: get, logged, update, quota, default workspace (asked once)" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! me = run (Me.get f.Endpoint false)
                            Expect.equal me.Email f.Sandbox.Email "the user"
                            let! logged = run (Me.logged f.Endpoint)
                            Expect.isTrue logged "good credentials"

                            let! updated =
                                run (
                                    Me.update
                                        f.Endpoint
                                        { ResourceBody.me with
                                            Fullname = Field.Set "Ada Lovelace"
                                        }
                                )

                            Expect.equal updated.Fullname (Some "Ada Lovelace") "updated"
                            let! quota = run (Me.quota f.Endpoint)
                            Expect.isNonEmpty quota "buckets"
                            f.Sandbox.ClearRequestLog()
                            let! first = run (Me.defaultWorkspace f.Endpoint)
                            let! second = run (Me.defaultWorkspace f.Endpoint)

                            Expect.equal
                                (first, second)
                                (f.Sandbox.WorkspaceId, f.Sandbox.WorkspaceId)
                                "the default workspace"

                            Expect.equal f.Count (if hasCache then 0 else 2) "remembered from the cached user"
                        })
            }

            testTask "workspaces: list, get, update, statistics, constraints" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let wid = f.Sandbox.WorkspaceId
                            let! listed = run (Workspaces.list f.Endpoint false)
                            Expect.contains (listed |> List.map (fun w -> w.Id)) wid "listed"
                            let! got = run (Workspaces.get f.Endpoint wid true)
                            Expect.equal (got |> Option.map (fun w -> w.Id)) (Some wid) "got"

                            let! updated =
                                run (
                                    Workspaces.update
                                        f.Endpoint
                                        wid
                                        { ResourceBody.workspace with
                                            Name = Field.Set "Renamed"
                                        }
                                )

                            Expect.equal updated.Name "Renamed" "updated"
                            let! statistics = run (Workspaces.statistics f.Endpoint wid)
                            Expect.isGreaterThanOrEqual statistics.Members 1 "members"
                            let! _ = run (Workspaces.constraints f.Endpoint wid)
                            let! missing = run (Workspaces.get f.Endpoint 999999999L true)
                            Expect.isNone missing "an unknown workspace is None"
                        })
            }

            testTask "organizations: list, get, foreign → None, create, update, leave" {
                do!
                    withResources kind false None (fun f ->
                        task {
                            let! listed = run (Organizations.list f.Endpoint false)
                            Expect.contains (listed |> List.map (fun o -> o.Id)) f.Sandbox.OrganizationId "listed"
                            let! got = run (Organizations.get f.Endpoint f.Sandbox.OrganizationId true)
                            Expect.isSome got "got"
                            let! foreign = run (Organizations.get f.Endpoint 987654321L true)
                            Expect.isNone foreign "someone else's organization: None (403/404 tolerated)"
                            let! created = run (Organizations.create f.Endpoint "Side project" "Side workspace")
                            Expect.equal created.Name "Side project" "created"
                            let! afterCreate = run (Organizations.list f.Endpoint false)

                            Expect.contains
                                (afterCreate |> List.map (fun o -> o.Id))
                                created.Id
                                "the new organization is listed, from the cache too"

                            let! renamed =
                                run (Organizations.update f.Endpoint created.Id { Name = Field.Set "Side business" })

                            Expect.equal renamed.Name "Side business" "renamed"

                            let! workspace =
                                run (
                                    Workspaces.create
                                        f.Endpoint
                                        created.Id
                                        { ResourceBody.workspace with
                                            Name = Field.Set "Second workspace"
                                        }
                                )

                            Expect.equal
                                (workspace.Name, workspace.OrganizationId)
                                ("Second workspace", Some created.Id)
                                "a workspace created in it"

                            do! run (Organizations.leave f.Endpoint created.Id)
                            let! left = run (Organizations.get f.Endpoint created.Id true)
                            Expect.isNone left "left"
                        })
            }
        ]

let private errors =
    testList
        "failures"
        [
            testTask "bad credentials: logged is false" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            use bad =
                                HttpInterpreter.create (settingsFor f.Sandbox "0123456789abcdef0123456789abcdef")
                                |> orFail

                            let endpoint = { f.Endpoint with Send = bad }
                            let! logged = run (Me.logged endpoint)
                            Expect.isFalse logged "403 → false"
                        })
            }

            testTask "reRaise makes a missing project an error" {
                do!
                    withResources NoCache true None (fun f ->
                        task {
                            let! missing = TogglCall.run (Projects.get f.Endpoint 424242L true) ct

                            match missing with
                            | Error(TogglError.NotFound _) -> ()
                            | other -> failtestf "expected NotFound, got %A" other
                        })
            }

            testTask "writes Toggl applied but the cache could not record are AppliedButNotCached" {
                do!
                    withResources JsonFile false None (fun f ->
                        task {
                            let failing = new TrackersTests.FailingCommits(f.Endpoint.Cache.Value)

                            let endpoint =
                                { f.Endpoint with
                                    Cache = Some(failing :> ITrackerCache)
                                }

                            let! client =
                                run (
                                    Clients.create
                                        endpoint
                                        { ResourceBody.client with
                                            Name = Field.Set "Acme"
                                        }
                                )

                            failing.Failing <- true

                            let expectApplied what (ids: int64 list) (result: Result<'T, TogglError>) =
                                match result with
                                | Error(TogglError.AppliedButNotCached(applied, None, TogglError.CacheFailure _)) ->
                                    Expect.equal applied ids $"{what}: the ids"
                                | other -> failtestf "%s: expected AppliedButNotCached, got %A" what other

                            let! created = TogglCall.run (Projects.create endpoint (named "Applied")) ct

                            let createdId =
                                f.Sandbox.Projects |> Seq.find (fun p -> p.Name = "Applied") |> (fun p -> p.Id)

                            expectApplied "create" [ createdId ] created
                            let! archived = TogglCall.run (Clients.archive endpoint client.Id) ct
                            expectApplied "archive" [ client.Id ] archived
                            let! deleted = TogglCall.run (Projects.delete endpoint createdId) ct
                            expectApplied "delete" [ createdId ] deleted
                            let! listed = TogglCall.run (Tags.list endpoint true) ct

                            match listed with
                            | Error(TogglError.CacheFailure _) -> ()
                            | other -> failtestf "a read's cache failure is a plain cache error, got %A" other
                        })
            }

            testTask "validation errors send nothing" {
                do!
                    withResources Sqlite false None (fun f ->
                        task {
                            let calls: (string * Task<Result<unit, TogglError>>) list =
                                [
                                    "blank project name",
                                    TogglCall.run (Projects.create f.Endpoint (named "  ")) ct
                                    |> TaskResult.map (Result.map ignore)
                                    "bad colour",
                                    TogglCall.run
                                        (Projects.create
                                            f.Endpoint
                                            { named "Colour" with
                                                Color = Field.Set "not a colour"
                                            })
                                        ct
                                    |> TaskResult.map (Result.map ignore)
                                    "nothing to edit",
                                    TogglCall.run (Clients.update f.Endpoint 5L ResourceBody.client) ct
                                    |> TaskResult.map (Result.map ignore)
                                    "a negative id", TogglCall.run (Tags.delete f.Endpoint -3L) ct
                                    "a blank tag",
                                    TogglCall.run (Tags.create f.Endpoint "") ct
                                    |> TaskResult.map (Result.map ignore)
                                ]

                            for what, call in calls do
                                match! call with
                                | Error(TogglError.Validation _) -> ()
                                | other -> failtestf "%s: expected a validation error, got %A" what other

                            Expect.equal f.Count 0 "nothing was sent"
                        })
            }
        ]

/// The dry run lists the requests the run sends.
let private dryRun =
    testTask "the dry run prints the requests the run sends" {
        do!
            withResources Sqlite false None (fun f ->
                task {
                    f.Sandbox.AddProject("Seeded") |> ignore

                    let! client =
                        run (
                            Clients.create
                                f.Endpoint
                                { ResourceBody.client with
                                    Name = Field.Set "Dry"
                                }
                        )

                    let check (name: string) (plan: Task<Result<PrintedPlan, TogglError>>) (call: unit -> Task<unit>) =
                        task {
                            let! plan = plan
                            let plan = orFail plan
                            f.Sandbox.ClearRequestLog()
                            do! call ()

                            let asLogged (r: HttpRequest) =
                                r.Method.Name, "/api/v9/" + r.Path, (if r.Query = "" then "" else "?" + r.Query)

                            Expect.equal
                                f.Log
                                (plan.Requests |> List.map asLogged)
                                $"{name}: the same requests\n{plan}"
                        }

                    let ignoreRun call () =
                        task {
                            let! _ = run call
                            ()
                        }

                    let projects = Projects.list f.Endpoint ResourceBody.allProjects false
                    do! check "projects" (TogglCall.plan projects ct) (ignoreRun projects)
                    let again = Projects.list f.Endpoint ResourceBody.allProjects false
                    do! check "projects from the cache" (TogglCall.plan again ct) (ignoreRun again)
                    let create = Projects.create f.Endpoint (named "Planned")
                    do! check "create" (TogglCall.plan create ct) (ignoreRun create)
                    let archive = Clients.archive f.Endpoint client.Id
                    do! check "archive" (TogglCall.plan archive ct) (ignoreRun archive)
                    let me = Me.get f.Endpoint false
                    do! check "me" (TogglCall.plan me ct) (ignoreRun me)
                    let sync = ResourceSync.all f.Endpoint true
                    do! check "sync" (TogglCall.plan sync ct) (ignoreRun sync)
                })
    }

/// The buckets of the requests a sync sent, from the sandbox's log.
let private buckets (f: ResourceFixture) =
    f.Sandbox.RequestLog
    |> Seq.map (fun r ->
        if r.Path.StartsWith("/api/v9/workspaces/", StringComparison.Ordinal) then
            "workspace"
        else
            "user")
    |> List.ofSeq

let private sync (kind: ResourceCacheKind) =
    testList
        $"ResourceSync ({kind.Name})"
        [
            testTask
                "cold: one related-data request and the organizations, on the user bucket; fresh: none; warm: per kind on the workspace bucket" {
                do!
                    withResources kind false (Some(TimeSpan.FromMinutes 15.)) (fun f ->
                        task {
                            f.Sandbox.AddProject("Alpha") |> ignore
                            f.Sandbox.AddClient("Acme") |> ignore
                            f.Sandbox.AddTag("deep") |> ignore
                            let! cold = run (ResourceSync.all f.Endpoint false)
                            printfn "cold sync (%s): %A %A" kind.Name f.Log (buckets f)
                            Expect.equal cold.Route SyncRoute.Related "cold → related"
                            Expect.equal cold.Requests 2 "me?with_related_data and me/organizations"
                            Expect.equal (buckets f) [ "user"; "user" ] "both on the user bucket"
                            Expect.isGreaterThan cold.Upserted 3 "everything cached"
                            f.Sandbox.ClearRequestLog()
                            let! fresh = run (ResourceSync.all f.Endpoint false)

                            Expect.equal
                                (fresh.Route, fresh.Requests, f.Count)
                                (SyncRoute.Fresh, 0, 0)
                                "nothing due: no request"
                            // Everything is answered from the cache now.
                            let! projects = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                            let! _ = run (Tags.list f.Endpoint false)
                            let! _ = run (Clients.list f.Endpoint ResourceBody.allClients false)
                            let! _ = run (ProjectTasks.list f.Endpoint ResourceBody.allTasks false)
                            let! _ = run (Workspaces.list f.Endpoint false)
                            let! _ = run (Organizations.list f.Endpoint false)
                            let! _ = run (Me.get f.Endpoint false)
                            Expect.equal f.Count 0 "every list from the synced cache"
                            Expect.contains (projects |> List.map (fun p -> p.Name)) "Alpha" "projects"
                            f.Clock.Advance(TimeSpan.FromMinutes 20.)
                            let! warm = run (ResourceSync.all f.Endpoint false)
                            printfn "warm sync (%s): %A %A" kind.Name f.Log (buckets f)
                            Expect.equal warm.Route SyncRoute.PerResource "warm → per kind"
                            Expect.equal warm.Requests 4 "projects, tasks (since), clients, tags"

                            let sinceQueries =
                                f.Sandbox.RequestLog
                                |> Seq.filter (fun r -> r.Path.EndsWith("/projects") || r.Path.EndsWith("/tasks"))
                                |> Seq.map (fun r -> r.Query.Contains("since="))
                                |> List.ofSeq

                            Expect.equal sinceQueries [ true; true ] "projects and tasks since the last sync"

                            Expect.equal
                                (buckets f)
                                [ "workspace"; "workspace"; "workspace"; "workspace" ]
                                "on the workspace bucket"

                            Expect.equal (warm.Upserted, warm.Deleted) (0, 0) "nothing changed"
                            f.Sandbox.ClearRequestLog()
                            f.Sandbox.AddProject("Beta") |> ignore
                            let! refreshed = run (ResourceSync.all f.Endpoint true)
                            Expect.equal refreshed.Upserted 1 "the new project"
                            let! projects = run (Projects.list f.Endpoint ResourceBody.allProjects false)
                            Expect.contains (projects |> List.map (fun p -> p.Name)) "Beta" "cached"
                        })
            }

            testTask "projects synced, the rest never: one related-data request rather than one per kind" {
                do!
                    withResources kind false (Some(TimeSpan.FromMinutes 15.)) (fun f ->
                        task {
                            f.Sandbox.AddProject("Alpha") |> ignore
                            f.Sandbox.AddTag("deep") |> ignore
                            // A projects listing marks only the projects synced (the tool's project names do this).
                            let! _ = run (Projects.list f.Endpoint ResourceBody.allProjects true)
                            f.Sandbox.ClearRequestLog()
                            let! sync = run (ResourceSync.all f.Endpoint false)
                            printfn "partly synced (%s): %A %A" kind.Name f.Log (buckets f)
                            Expect.equal sync.Route SyncRoute.Related "the user bucket is spent either way"
                            Expect.equal sync.Requests 2 "me?with_related_data and me/organizations, not 6 listings"
                            Expect.equal (buckets f) [ "user"; "user" ] "both on the user bucket"
                            let! tags = run (Tags.list f.Endpoint false)
                            Expect.equal f.Count 2 "tags from the cache afterwards"
                            Expect.contains (tags |> List.map (fun t -> t.Name)) "deep" "tags cached"
                        })
            }

            testTask "cold with a spent user bucket: per kind on the workspace bucket, the user's kinds left for later" {
                do!
                    withResourcesOptions
                        (fun clock ->
                            SandboxOptions(TimeProvider = clock, HourlyQuota = true, UserScopedQuotaPerHour = 2))
                        kind
                        false
                        None
                        (fun f ->
                            task {
                                // One user-scoped request leaves 1: too few for the related route's 2.
                                let! _ = run (Me.logged f.Endpoint)
                                let known = (f.Http :> IQuotaKnowledge)

                                Expect.equal
                                    (known.QuotaOf Toggl.Core.QuotaScope.User |> Option.map (fun q -> q.Remaining))
                                    (Some 1)
                                    "the user bucket's figures"

                                f.Sandbox.ClearRequestLog()
                                let! cold = run (ResourceSync.all f.Endpoint false)
                                Expect.equal cold.Route SyncRoute.PerResource "per kind"

                                Expect.equal
                                    (buckets f)
                                    [ "workspace"; "workspace"; "workspace"; "workspace" ]
                                    "never the spent user bucket"

                                Expect.isSome
                                    (known.QuotaOf(Toggl.Core.QuotaScope.Workspace f.Sandbox.WorkspaceId))
                                    "the workspace bucket's figures are kept apart"
                            })
            }
        ]

let private choice =
    let situations =
        gen {
            let! due = Gen.subListOf ResourceRules.allKinds
            let! cold = Gen.elements [ true; false ]
            let! user = Gen.optionOf (Gen.choose (-5, 40))
            let! workspace = Gen.optionOf (Gen.choose (-5, 40))

            return
                {
                    Due = (if cold then ResourceRules.allKinds else due)
                    Cold = cold
                    UserRemaining = user
                    WorkspaceRemaining = workspace
                }
        }
        |> Arb.fromGen

    testList
        "SyncChoice"
        [
            testProperty "nothing due is Fresh, and only then" (fun () ->
                Prop.forAll situations (fun s -> (SyncChoice.choose s = SyncRoute.Fresh) = s.Due.IsEmpty))
            testProperty "never the user bucket for workspace kinds while the workspace bucket has room" (fun () ->
                // Only workspace kinds due, warm: generated directly rather than filtered out of `situations`.
                let workspaceOnly =
                    gen {
                        let! due =
                            Gen.nonEmptyListOf (
                                Gen.elements (ResourceRules.allKinds |> List.filter (ResourceRules.isUserKind >> not))
                            )

                        let! user = Gen.optionOf (Gen.choose (-5, 40))
                        let! room = Gen.choose (List.length (List.distinct due), 40)

                        return
                            {
                                Due = List.distinct due
                                Cold = false
                                UserRemaining = user
                                WorkspaceRemaining = Some room
                            }
                    }
                    |> Arb.fromGen

                Prop.forAll workspaceOnly (fun s -> SyncChoice.choose s = SyncRoute.PerResource))
            testProperty "with a user kind due, related whenever it costs no more user requests and has room" (fun () ->
                Prop.forAll situations (fun s ->
                    let _, userCost = SyncChoice.perResourceCost s.Due
                    let related = SyncChoice.relatedCost s.Due

                    (userCost > 0
                     && related <= userCost
                     && SyncChoice.hasRoom s.UserRemaining related)
                    ==> (SyncChoice.choose s = SyncRoute.Related)))
            testProperty
                "the related route never costs more user requests than the per-kind route, unless the workspace bucket is full"
                (fun () ->
                    Prop.forAll situations (fun s ->
                        let workspaceCost, userCost = SyncChoice.perResourceCost s.Due

                        (SyncChoice.choose s = SyncRoute.Related
                         && SyncChoice.hasRoom s.WorkspaceRemaining workspaceCost)
                        ==> (SyncChoice.relatedCost s.Due <= userCost)))
            testProperty "cold goes related exactly when the user bucket has room" (fun () ->
                Prop.forAll situations (fun s ->
                    s.Cold
                    ==> ((SyncChoice.choose s = SyncRoute.Related) = SyncChoice.hasRoom
                        s.UserRemaining
                        (SyncChoice.relatedCost s.Due))))
        ]

/// Every resource suite.
let tests =
    testSequenced (
        testList
            "Resources"
            [
                choice
                behaviour NoCache
                behaviour JsonFile
                behaviour Sqlite
                errors
                dryRun
                sync JsonFile
                sync Sqlite
            ]
    )
