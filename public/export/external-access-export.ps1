<#
.SYNOPSIS
    Reads a tenant's Teams external access and guest access configuration and writes it to one JSON
    file for External Access Lab's "Check your configuration" page. It only reads: every call is a
    Get cmdlet or a Microsoft Graph GET request.

.DESCRIPTION
    What it reads: the Teams federation configuration and its domain lists, external access policies,
    the guest access configurations, meeting, channels, files and messaging policies (selected
    properties only), the Entra authorization policy, cross-tenant access default and partners,
    the Microsoft 365 Groups guest settings and the SharePoint sharing level.

    What it never reads: user or guest lists, names or addresses of people, policy assignments of
    named people, the addresses of blocked people (only their number), policy descriptions,
    role members, tokens or secrets. Each object passes through a list of allowed properties, so a
    property Microsoft adds later is not exported by accident.

    Sections it cannot read (a module or a permission is missing) are listed under "errors" in the
    file; the page then shows them as "not collected" rather than assuming a default.

    Roles: Global Reader is enough for every call. Graph scopes: Policy.Read.All,
    GroupSettings.Read.All, SharePointTenantSettings.Read.All.

.EXAMPLE
    ./external-access-export.ps1 -Label "Contoso production"
#>
[CmdletBinding()]
param(
    # A name for this tenant that you choose; it is shown on the page. Leave empty for none.
    [string] $Label = '',
    [ValidateSet('commercial', 'gcc', 'gcchigh', 'dod')]
    [string] $Cloud = 'commercial',
    [string] $OutFile = ('external-access-export-{0}.json' -f (Get-Date -Format 'yyyyMMdd-HHmmss')),
    # Use existing Microsoft Teams and Microsoft Graph sessions instead of signing in.
    [switch] $NoConnect,
    # Skip the Entra and SharePoint sections (Microsoft Graph).
    [switch] $NoGraph
)

$ErrorActionPreference = 'Stop'
$ScriptVersion = '1.0.0'
$Errors = New-Object System.Collections.Generic.List[object]

function Read-Section {
    # Runs one read; a failure is recorded in the file's "errors" and the section is left out.
    param([string] $Section, [string] $Command, [scriptblock] $Read)
    try {
        return & $Read
    } catch {
        $Errors.Add([ordered]@{ section = $Section; command = $Command; message = "$($_.Exception.Message)" })
        Write-Warning "Could not read ${Section}: $($_.Exception.Message)"
        return $null
    }
}

function Get-Allowed {
    # Only the named properties of each object (an allow-list), as plain objects.
    param($InputObject, [string[]] $Property)
    if ($null -eq $InputObject) { return $null }
    return @($InputObject | Select-Object -Property $Property)
}

function Get-DomainName {
    # A domain from an entry that may be an object with .Domain or a "Domain=x" string.
    param($Entry)
    if ($null -eq $Entry) { return $null }
    if ($Entry.PSObject.Properties['Domain']) { return "$($Entry.Domain)".Trim().ToLowerInvariant() }
    return ("$Entry" -replace '^\s*Domain=', '').Trim().ToLowerInvariant()
}

function Get-FederationDomains {
    # The allow/block lists read from the live objects, so no JSON depth cut-off can lose them.
    param($Federation)
    $allowed = $Federation.AllowedDomains
    $list = @()
    $mode = 'AllowAllKnownDomains'
    if ($null -eq $allowed) {
        $mode = 'AllowList'
    } elseif ($allowed.PSObject.Properties['AllowedDomain']) {
        $mode = 'AllowList'
        $list = @($allowed.AllowedDomain | ForEach-Object { Get-DomainName $_ } | Where-Object { $_ })
    } elseif ("$allowed" -notmatch 'AllowAllKnownDomains') {
        $mode = 'AllowList'
        $list = @("$allowed" -split '\s+' | ForEach-Object { Get-DomainName $_ } | Where-Object { $_ })
    }
    $blocked = @($Federation.BlockedDomains | ForEach-Object { Get-DomainName $_ } | Where-Object { $_ })
    return [ordered]@{ allowedMode = $mode; allowed = $list; blocked = $blocked }
}

if (-not $NoConnect) {
    Connect-MicrosoftTeams | Out-Null
    if (-not $NoGraph) {
        Connect-MgGraph -Scopes 'Policy.Read.All', 'GroupSettings.Read.All', 'SharePointTenantSettings.Read.All' -NoWelcome
    }
}

$teams = [ordered]@{}
$federation = Read-Section 'teams.tenantFederationConfiguration' 'Get-CsTenantFederationConfiguration' {
    Get-CsTenantFederationConfiguration -Identity Global
}
if ($null -ne $federation) {
    $teams.tenantFederationConfiguration = Get-Allowed $federation @(
        'Identity', 'AllowFederatedUsers', 'AllowedDomains', 'BlockedDomains', 'BlockAllSubdomains',
        'AllowTeamsConsumer', 'AllowTeamsConsumerInbound', 'ExternalAccessWithTrialTenants',
        'AllowedTrialTenantDomains', 'SharedSipAddressSpace', 'RestrictTeamsConsumerToExternalUserProfiles')
    $teams.federationDomains = Get-FederationDomains $federation
}
$teams.externalAccessPolicies = Read-Section 'teams.externalAccessPolicies' 'Get-CsExternalAccessPolicy' {
    Get-Allowed (Get-CsExternalAccessPolicy) @('Identity', 'EnableFederationAccess', 'EnableTeamsConsumerAccess',
        'EnableTeamsConsumerInbound', 'EnableAcsFederationAccess', 'FederatedBilateralChats',
        'CommunicationWithExternalOrgs', 'AllowedExternalDomains', 'BlockedExternalDomains')
}
$teams.externalAccessConfiguration = Read-Section 'teams.externalAccessConfiguration' 'Get-CsTeamsExternalAccessConfiguration' {
    $config = Get-CsTeamsExternalAccessConfiguration -Identity Global
    # Blocked people are counted, never listed.
    $out = [ordered]@{ Identity = 'Global'; BlockedUsersCount = @($config.BlockedUsers).Count }
    foreach ($name in 'BlockExternalUserAccess', 'BlockExternalAccessUserAccess') {
        if ($config.PSObject.Properties[$name]) { $out[$name] = $config.$name }
    }
    $out
}
$teams.clientConfiguration = Read-Section 'teams.clientConfiguration' 'Get-CsTeamsClientConfiguration' {
    Get-Allowed (Get-CsTeamsClientConfiguration -Identity Global) @('Identity', 'AllowGuestUser',
        'AllowEmailIntoChannel', 'AllowDropBox', 'AllowBox', 'AllowGoogleDrive', 'AllowShareFile', 'AllowEgnyte')
}
$teams.guestCallingConfiguration = Read-Section 'teams.guestCallingConfiguration' 'Get-CsTeamsGuestCallingConfiguration' {
    Get-Allowed (Get-CsTeamsGuestCallingConfiguration -Identity Global) @('Identity', 'AllowPrivateCalling')
}
$teams.guestMeetingConfiguration = Read-Section 'teams.guestMeetingConfiguration' 'Get-CsTeamsGuestMeetingConfiguration' {
    Get-Allowed (Get-CsTeamsGuestMeetingConfiguration -Identity Global) @('Identity', 'AllowIPVideo',
        'ScreenSharingMode', 'AllowMeetNow', 'AllowTranscription', 'LiveCaptionsEnabledType')
}
$teams.guestMessagingConfiguration = Read-Section 'teams.guestMessagingConfiguration' 'Get-CsTeamsGuestMessagingConfiguration' {
    Get-Allowed (Get-CsTeamsGuestMessagingConfiguration -Identity Global) @('Identity', 'AllowUserChat',
        'AllowUserEditMessage', 'AllowUserDeleteMessage', 'AllowUserDeleteChat', 'AllowGiphy',
        'GiphyRatingType', 'AllowMemes', 'AllowStickers', 'AllowImmersiveReader')
}
$teams.meetingConfiguration = Read-Section 'teams.meetingConfiguration' 'Get-CsTeamsMeetingConfiguration' {
    Get-Allowed (Get-CsTeamsMeetingConfiguration -Identity Global) @('Identity', 'DisableAnonymousJoin')
}
$teams.meetingPolicies = Read-Section 'teams.meetingPolicies' 'Get-CsTeamsMeetingPolicy' {
    Get-Allowed (Get-CsTeamsMeetingPolicy) @('Identity', 'AllowAnonymousUsersToJoinMeeting',
        'AllowAnonymousUsersToStartMeeting', 'AutoAdmittedUsers', 'AllowPSTNUsersToBypassLobby',
        'AllowExternalParticipantGiveRequestControl', 'AllowExternalNonTrustedMeetingChat',
        'MeetingChatEnabledType', 'ExternalMeetingJoin', 'AnonymousUserAuthenticationMethod')
}
$teams.messagingPolicies = Read-Section 'teams.messagingPolicies' 'Get-CsTeamsMessagingPolicy' {
    Get-Allowed (Get-CsTeamsMessagingPolicy) @('Identity', 'AllowUserChat', 'UseB2BInvitesToAddExternalUsers')
}
$teams.channelsPolicies = Read-Section 'teams.channelsPolicies' 'Get-CsTeamsChannelsPolicy' {
    Get-Allowed (Get-CsTeamsChannelsPolicy) @('Identity', 'AllowSharedChannelCreation',
        'AllowChannelSharingToExternalUser', 'AllowUserToParticipateInExternalSharedChannel')
}
$teams.filesPolicies = Read-Section 'teams.filesPolicies' 'Get-CsTeamsFilesPolicy' {
    Get-Allowed (Get-CsTeamsFilesPolicy) @('Identity', 'FileSharingInChatswithExternalUsers')
}
$teams.policyAssignmentCounts = Read-Section 'teams.policyAssignmentCounts' 'Get-CsGroupPolicyAssignment' {
    # Counts of group assignments per policy; group ids and members are not kept.
    $counts = [ordered]@{}
    foreach ($group in @(Get-CsGroupPolicyAssignment -PolicyType ExternalAccessPolicy | Group-Object -Property PolicyName)) {
        $counts["Tag:$($group.Name)"] = [ordered]@{ groupAssignments = $group.Count }
    }
    [ordered]@{ ExternalAccessPolicy = $counts }
}

$entra = [ordered]@{}
$sharepoint = $null
if (-not $NoGraph) {
    $entra.authorizationPolicy = Read-Section 'entra.authorizationPolicy' 'GET /policies/authorizationPolicy' {
        $policy = Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/policies/authorizationPolicy'
        [ordered]@{ id = $policy.id; allowInvitesFrom = $policy.allowInvitesFrom; guestUserRoleId = $policy.guestUserRoleId;
            allowEmailVerifiedUsersToJoinOrganization = $policy.allowEmailVerifiedUsersToJoinOrganization }
    }
    $directions = @('b2bCollaborationInbound', 'b2bCollaborationOutbound', 'b2bDirectConnectInbound', 'b2bDirectConnectOutbound')
    $crossTenant = [ordered]@{}
    $crossTenant.default = Read-Section 'entra.crossTenantAccessPolicy.default' 'GET /policies/crossTenantAccessPolicy/default' {
        $default = Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy/default'
        $out = [ordered]@{ isServiceDefault = $default.isServiceDefault }
        foreach ($name in $directions) { $out[$name] = $default[$name] }
        $out
    }
    $crossTenant.partners = Read-Section 'entra.crossTenantAccessPolicy.partners' 'GET /policies/crossTenantAccessPolicy/partners' {
        $partners = Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy/partners'
        @($partners.value | ForEach-Object {
                $out = [ordered]@{ tenantId = $_.tenantId }
                foreach ($name in $directions) { $out[$name] = $_[$name] }
                $out
            })
    }
    $entra.crossTenantAccessPolicy = $crossTenant
    $entra.groupSettings = Read-Section 'entra.groupSettings' 'GET /groupSettings' {
        $settings = Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/groupSettings'
        @($settings.value | Where-Object { $_.displayName -eq 'Group.Unified' } | ForEach-Object {
                [ordered]@{ displayName = $_.displayName; templateId = $_.templateId
                    values = @($_.values | Where-Object { $_.name -in 'AllowToAddGuests', 'AllowGuestsToAccessGroups' }) }
            })
    }
    $sharepoint = Read-Section 'sharepoint.tenant' 'GET /admin/sharepoint/settings' {
        $spo = Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/admin/sharepoint/settings'
        [ordered]@{ source = 'graph:/admin/sharepoint/settings'; tenant = [ordered]@{
                sharingCapability = $spo.sharingCapability; sharingDomainRestrictionMode = $spo.sharingDomainRestrictionMode
                sharingAllowedDomainList = $spo.sharingAllowedDomainList; sharingBlockedDomainList = $spo.sharingBlockedDomainList } }
    }
}

$modules = [ordered]@{}
foreach ($name in 'MicrosoftTeams', 'Microsoft.Graph.Authentication') {
    $module = Get-Module -Name $name | Select-Object -First 1
    if ($module) { $modules[$name] = "$($module.Version)" }
}

$export = [ordered]@{
    schema        = 'external-access-lab/tenant-export'
    schemaVersion = 1
    exportedAt    = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    exporter      = [ordered]@{ name = 'external-access-export.ps1'; version = $ScriptVersion; powershell = "$($PSVersionTable.PSVersion)"; modules = $modules }
    tenant        = [ordered]@{ label = $Label; cloud = $Cloud }
    teams         = $teams
    entra         = $entra
    sharepoint    = $sharepoint
    errors        = $Errors
}

# UTF-8 without a byte-order mark, the same in Windows PowerShell 5.1 and PowerShell 7.
$json = $export | ConvertTo-Json -Depth 8
$path = if ([System.IO.Path]::IsPathRooted($OutFile)) { $OutFile } else { Join-Path -Path (Get-Location) -ChildPath $OutFile }
[System.IO.File]::WriteAllText($path, $json, (New-Object System.Text.UTF8Encoding $false))
Write-Host "Wrote $path ($($Errors.Count) section(s) not collected). Nothing in your tenant was changed."
