namespace Insignia.Testing;

/// <summary>Finds the repository root and the shared standards and fixtures folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>Gets the folder that holds Integrations.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>Gets the shared folder (standards, fixtures) that sits beside the repository.</summary>
    public static string Shared
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("INSIGNIA_SHARED");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate)
                ? candidate
                : throw new DirectoryNotFoundException($"The shared folder was not found at {candidate}; set INSIGNIA_SHARED.");
        }
    }

    /// <summary>Gets a path under the shared folder.</summary>
    /// <param name="parts">Path segments below shared/.</param>
    /// <returns>The full path.</returns>
    public static string SharedPath(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Integrations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Integrations.sln was not found above the test binaries.");
    }
}
