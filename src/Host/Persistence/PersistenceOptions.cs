namespace Insignia.Host.Persistence;

/// <summary>Where Insignia keeps its data.</summary>
internal sealed class PersistenceOptions
{
    public const string SectionName = "Insignia:Database";

    /// <summary>Gets or sets the provider: <c>sqlite</c> or <c>postgres</c>; inferred from the connection string when empty.</summary>
    public string? Provider { get; set; }

    /// <summary>Gets or sets the connection string. Defaults to a SQLite file under <c>./data/</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets a value indicating whether pending migrations are applied at start-up.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres =>
        string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || (string.IsNullOrEmpty(Provider) && ConnectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) == true);
}
