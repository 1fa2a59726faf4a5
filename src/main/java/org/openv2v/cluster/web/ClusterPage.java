package org.openv2v.cluster.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.cluster.ClusterPicture;
import org.openv2v.cluster.ClusterView;
import org.openv2v.cluster.NodeSeen;
import org.openv2v.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's page of the cluster: nodes, the jobs running now, database roles. */
@Controller
@RequiredArgsConstructor
class ClusterPage {

  private final ClusterView cluster;
  private final CurrentActor currentActor;
  private final ZoneId zone;

  /** A node with its times in the network's zone, ready for the page's words. */
  record NodeRow(
      NodeSeen node,
      ZonedDateTime started,
      ZonedDateTime lastSeen,
      Optional<ZonedDateTime> stopped) {}

  /** A running job with its times in the network's zone. */
  record JobRow(
      String task, String node, ZonedDateTime due, Optional<ZonedDateTime> lastHeartbeat) {}

  @GetMapping("/admin/cluster")
  String cluster(Model model) {
    ClusterPicture picture = cluster.now(currentActor.get());
    List<NodeRow> nodes =
        picture.nodes().stream()
            .map(
                n ->
                    new NodeRow(
                        n,
                        n.startedAt().atZone(zone),
                        n.lastSeenAt().atZone(zone),
                        n.stoppedAt().map(at -> at.atZone(zone))))
            .toList();
    List<JobRow> jobs =
        picture.running().stream()
            .map(
                j ->
                    new JobRow(
                        j.task(),
                        j.node(),
                        j.due().atZone(zone),
                        j.lastHeartbeat().map(at -> at.atZone(zone))))
            .toList();
    model.addAttribute("picture", picture);
    model.addAttribute("nodes", nodes);
    model.addAttribute("jobs", jobs);
    model.addAttribute("at", picture.at().atZone(zone));
    model.addAttribute("self", cluster.self().id());
    return "cluster/cluster";
  }
}
