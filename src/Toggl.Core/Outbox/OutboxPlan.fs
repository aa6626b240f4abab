namespace Toggl.Core

/// The outbox as the dry run shows it: each item's plan as queued, and the plans compaction leaves.
type OutboxPlan =
    {
        /// One printed plan per waiting item, in order, with the item's seq.
        Queued: (int64 * PrintedPlan) list
        /// The plans replay would send after compaction, each with the items it stands for.
        Compacted: (int64 list * PrintedPlan) list
    }

    /// The requests sent without compaction, and with it.
    member plan.RequestCounts =
        let count (plans: PrintedPlan seq) =
            plans |> Seq.sumBy (fun p -> p.Requests.Length)

        count (plan.Queued |> Seq.map snd), count (plan.Compacted |> Seq.map snd)

    /// The queued plans, then the compacted ones, one line each step.
    override plan.ToString() =
        let lines (label: string) (plans: PrintedPlan seq) =
            plans |> Seq.map (fun p -> label + "\n" + p.ToString()) |> String.concat "\n"

        lines "queued:" (plan.Queued |> Seq.map snd)
        + "\n"
        + lines "compacted:" (plan.Compacted |> Seq.map snd)
