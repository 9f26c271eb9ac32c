namespace Insignia.Host.Sync;

/// <summary>How the sync scheduler keeps its schedule and, on PostgreSQL, shares it across instances.</summary>
internal sealed class SchedulerStoreOptions
{
    public const string SectionName = "Insignia:Scheduling";

    /// <summary>The Quartz scheduler name every instance of a cluster shares.</summary>
    public const string SchedulerName = "Insignia";

    /// <summary>Gets or sets where the schedule is kept.</summary>
    /// <value>Defaults to <see cref="SchedulerStore.Auto"/>.</value>
    public SchedulerStore Store { get; set; } = SchedulerStore.Auto;

    /// <summary>Gets or sets how often a clustered instance records that it is alive.</summary>
    /// <value>Defaults to 15 seconds.</value>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how late a check-in may be before other instances recover the instance's work.</summary>
    /// <value>Defaults to 20 seconds.</value>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets how late a trigger may fire before it counts as misfired.</summary>
    /// <value>Defaults to 60 seconds.</value>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    public bool UsesDatabase(bool isPostgres) => Store switch
    {
        SchedulerStore.Ram => false,
        SchedulerStore.Database when !isPostgres => throw new InvalidOperationException(
            $"{SectionName}:Store=Database needs the PostgreSQL database (Insignia:Database); with SQLite use Ram or Auto."),
        SchedulerStore.Database => true,
        _ => isPostgres,
    };
}
