module Toggl.Core.Tests.ResourceRecoveryTests

open System
open System.Threading
open System.Threading.Tasks
open Expecto
open Toggl.Core
open Toggl.Sandbox
open Toggl.Core.Tests.ResourcesTests

// A create of a project, client, tag or task that went unanswered (5xx, dropped connection) may have been
// applied: one listing by name looks for it before the create is reported failed.

let private ct = CancellationToken.None

let private orFail (result: Result<'T, TogglError>) =
    match result with
    | Ok value -> value
    | Error error -> failtestf "expected success, got %s" (TogglError.message error)

let private hour = Some(TimeSpan.FromHours 1.)

/// The GETs the sandbox received, as `path?query`.
let private gets (f: ResourceFixture) =
    f.Log
    |> List.filter (fun (method, _, _) -> method = "GET")
    |> List.map (fun (_, path, query) -> path + query)

/// One kind's create, and how to see what Toggl and the cache hold of it.
type private Created =
    {
        Kind: string
        /// The create of an object named so; its result's name and id.
        Create: ResourceFixture -> string -> Task<Result<string * int64, TogglError>>
        /// The kind's full listing (refresh: from Toggl; else the cache answers), names and ids.
        List: ResourceFixture -> bool -> Task<(string * int64) list>
        /// The path the recovery's listing asks.
        ListingPath: string
    }

let private listed (call: TogglCall<'T list>) (view: 'T -> string * int64) =
    task {
        let! result = TogglCall.run call ct
        return orFail result |> List.map view
    }

let private created (call: TogglCall<'T>) (view: 'T -> string * int64) =
    task {
        let! result = TogglCall.run call ct
        return result |> Result.map view
    }

/// The project tasks are created in (made before the fault is armed).
let private taskProject (f: ResourceFixture) =
    f.Sandbox.Projects
    |> Seq.tryFind (fun p -> p.Name = "Tasks' project")
    |> Option.map (fun p -> p.Id)
    |> Option.defaultWith (fun () -> f.Sandbox.AddProject("Tasks' project").Id)

let private kinds =
    [
        {
            Kind = "project"
            Create =
                fun f name ->
                    created
                        (Projects.create
                            f.Endpoint
                            { ResourceBody.project with
                                Name = Field.Set name
                            })
                        (fun p -> p.Name, p.Id)
            List =
                fun f refresh ->
                    listed (Projects.list f.Endpoint ResourceBody.allProjects refresh) (fun p -> p.Name, p.Id)
            ListingPath = "/projects?"
        }
        {
            Kind = "client"
            Create =
                fun f name ->
                    created
                        (Clients.create
                            f.Endpoint
                            { ResourceBody.client with
                                Name = Field.Set name
                            })
                        (fun c -> c.Name, c.Id)
            List =
                fun f refresh ->
                    listed (Clients.list f.Endpoint ResourceBody.allClients refresh) (fun c -> c.Name, c.Id)
            ListingPath = "/clients?"
        }
        {
            Kind = "tag"
            Create = fun f name -> created (Tags.create f.Endpoint name) (fun t -> t.Name, t.Id)
            List = fun f refresh -> listed (Tags.list f.Endpoint refresh) (fun t -> t.Name, t.Id)
            ListingPath = "/tags"
        }
        {
            Kind = "task"
            Create =
                fun f name ->
                    created
                        (ProjectTasks.create
                            f.Endpoint
                            (taskProject f)
                            { ResourceBody.task with
                                Name = Field.Set name
                            })
                        (fun t -> t.Name, t.Id)
            List =
                fun f refresh ->
                    listed (ProjectTasks.list f.Endpoint ResourceBody.allTasks refresh) (fun t -> t.Name, t.Id)
            ListingPath = "/tasks?"
        }
    ]

let private perKind (created: Created) =
    testList
        created.Kind
        [
            testTask "created but unanswered: found by one listing, the result, and cached" {
                do!
                    withResources Sqlite false hour (fun f ->
                        task {
                            taskProject f |> ignore
                            let! _ = created.List f true
                            f.Sandbox.ClearRequestLog()
                            f.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST") |> ignore
                            let! result = created.Create f "Launch"
                            let name, id = orFail result
                            Expect.equal name "Launch" "Toggl's object is the result"

                            Expect.equal
                                (f.Log |> List.map (fun (method, _, _) -> method))
                                [ "POST"; "GET" ]
                                "the create and one listing"

                            Expect.stringContains (gets f |> List.head) created.ListingPath "the kind's listing"
                            f.Sandbox.ClearRequestLog()
                            let! cached = created.List f false
                            Expect.equal f.Count 0 "the cache answers"
                            Expect.contains cached ("Launch", id) "cached as created"
                        })
            }

            testTask "a dropped connection after the create is recovered too" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            taskProject f |> ignore
                            f.Sandbox.Faults.Next(1, Fault.AbortConnection true, "POST") |> ignore
                            let! result = created.Create f "Dropped"
                            let name, _ = orFail result
                            Expect.equal name "Dropped" "found"
                            let! all = created.List f true
                            Expect.equal (all |> List.filter (fst >> (=) "Dropped") |> List.length) 1 "no duplicate"
                        })
            }

            testTask "not created and unanswered: the create's error" {
                do!
                    withResources Sqlite false hour (fun f ->
                        task {
                            taskProject f |> ignore
                            f.Sandbox.ClearRequestLog()
                            f.Sandbox.Faults.Next(1, Fault.InternalServerError, "POST") |> ignore
                            let! result = created.Create f "Never"

                            match result with
                            | Error(TogglError.ServerError(500, _)) -> ()
                            | other -> failtestf "expected the create's 500, got %A" other

                            Expect.equal (gets f |> List.length) 1 "one listing looked for it"
                            let! all = created.List f true
                            Expect.isFalse (all |> List.exists (fst >> (=) "Never")) "nothing was created"
                        })
            }

            testTask "the listing fails too: outcome unknown, naming the create" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            taskProject f |> ignore
                            f.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST") |> ignore
                            // 402 is never retried: the one listing fails at once.
                            f.Sandbox.Faults.Next(1, Fault.QuotaExhausted, "GET") |> ignore
                            let! result = created.Create f "Maybe"

                            match result with
                            | Error(TogglError.OutcomeUnknown(request, TogglError.ServerError(500, _))) ->
                                Expect.equal request.Method HttpMethod.Post "the create"
                                Expect.stringContains (request.Body |> Option.defaultValue "") "Maybe" "its body"
                            | other -> failtestf "expected OutcomeUnknown, got %A" other
                        })
            }
        ]

let private otherCases =
    testList
        "other cases"
        [
            testTask "a refused create (400) is not looked for" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            let! _ = TogglCall.run (Tags.create f.Endpoint "Twice") ct
                            f.Sandbox.ClearRequestLog()
                            let! again = TogglCall.run (Tags.create f.Endpoint "Twice") ct

                            match again with
                            | Error(TogglError.BadRequest(400, _)) -> ()
                            | other -> failtestf "expected Toggl's 400, got %A" other

                            Expect.equal f.Count 1 "no listing"
                        })
            }

            testTask "a name listed in another case is the one created (Toggl compares names so)" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            f.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST") |> ignore
                            let! _ = TogglCall.run (Tags.create f.Endpoint "Deep Work") ct
                            // The tag exists now: a create of the same name differing in case is Toggl's 400.
                            f.Sandbox.Faults.Next(1, Fault.InternalServerError, "POST") |> ignore
                            let! found = TogglCall.run (Tags.create f.Endpoint "deep work") ct
                            Expect.equal (orFail found).Name "Deep Work" "Toggl's copy"
                        })
            }

            testTask "an organization's unanswered create is an unknown outcome at once" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            f.Sandbox.ClearRequestLog()
                            f.Sandbox.Faults.Next(1, Fault.ApplyThenFail(), "POST") |> ignore
                            let! result = TogglCall.run (Organizations.create f.Endpoint "Side" "Side workspace") ct

                            match result with
                            | Error(TogglError.OutcomeUnknown(request, TogglError.ServerError(500, _))) ->
                                Expect.equal request.Path "organizations" "the create"
                            | other -> failtestf "expected OutcomeUnknown, got %A" other

                            Expect.equal f.Count 1 "no listing: nothing tells reliably"
                        })
            }

            testTask "a workspace's unanswered create is an unknown outcome at once" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            f.Sandbox.ClearRequestLog()
                            f.Sandbox.Faults.Next(1, Fault.InternalServerError, "POST") |> ignore

                            let! result =
                                TogglCall.run
                                    (Workspaces.create
                                        f.Endpoint
                                        f.Sandbox.OrganizationId
                                        { ResourceBody.workspace with
                                            Name = Field.Set "Second"
                                        })
                                    ct

                            match result with
                            | Error(TogglError.OutcomeUnknown _) -> ()
                            | other -> failtestf "expected OutcomeUnknown, got %A" other

                            Expect.equal f.Count 1 "no listing"
                        })
            }

            testTask "the dry run shows the listing as a follow-up, not a request" {
                do!
                    withResources NoCache false None (fun f ->
                        task {
                            let create =
                                Projects.create
                                    f.Endpoint
                                    { ResourceBody.project with
                                        Name = Field.Set "Planned"
                                    }

                            let! plan = TogglCall.plan create ct
                            let plan = orFail plan
                            Expect.equal plan.Requests.Length 1 "the create alone is sent whatever happens"

                            let followUp =
                                plan.Steps
                                |> List.tryFind (fun s ->
                                    s.Kind = PlannedStepKind.FollowUp
                                    && s.Text.Contains "look for the project \"Planned\"")

                            match followUp with
                            | Some step ->
                                Expect.stringContains step.Text "if unanswered" "when"
                                Expect.stringContains step.Text "name=Planned" "the listing by name"
                            | None -> failtestf "no recovery line in\n%O" plan

                            let organization = Organizations.create f.Endpoint "Org" "Ws"
                            let! plan = TogglCall.plan organization ct

                            Expect.exists
                                (orFail plan).Lines
                                (fun l -> l.Contains "outcome unknown")
                                "an organization's create: unknown outcome"
                        })
            }
        ]

/// Every recovery suite.
let tests =
    testSequenced (testList "Unanswered creates of other objects" (List.map perKind kinds @ [ otherCases ]))
