namespace Toggl.Core

/// Listing projects as a plan: the first page is asked; further pages while a page is full.
[<RequireQualifiedAccess>]
module internal ProjectPlans =

    /// Every project of the workspace, page by page until a short page.
    let list (workspaceId: int64) : Plan<TogglProject list> =
        {
            Answers = CacheAnswers.none
            Steps =
                [
                    Step.Send
                        {
                            Request = ProjectPage.request workspaceId 1
                            OnAnswer = OnAnswer.ProjectPages
                            OnFailure = OnFailure.Fail
                        }
                ]
            Finish =
                fun outcomes ->
                    outcomes
                    |> List.collect (fun o ->
                        match o with
                        | Outcome.Projects projects -> projects
                        | _ -> [])
                    |> Ok
        }
